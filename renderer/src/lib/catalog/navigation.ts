import { SERVICES } from './services';
import type { Service, ServiceId } from './types';

/** The service after `id` in catalog order, wrapping from the last to the first. */
export function nextServiceId(id: ServiceId): ServiceId {
  return serviceIdAtOffset(id, 1);
}

/** The service before `id` in catalog order, wrapping from the first to the last. */
export function previousServiceId(id: ServiceId): ServiceId {
  return serviceIdAtOffset(id, -1);
}

function serviceIdAtOffset(id: ServiceId, offset: number): ServiceId {
  const index = SERVICES.findIndex((service) => service.id === id);
  if (index === -1) throw new Error(`Unknown service id: ${id}.`);
  const count = SERVICES.length;
  const target = SERVICES[(index + offset + count) % count];
  if (target === undefined) throw new Error(`No service at offset ${offset} from ${id}.`);
  return target.id;
}

/**
 * Services whose name, short name, tagline or use cases contain every word of
 * the query, ignoring case, in catalog order. An empty query matches all.
 */
export function searchServices(query: string): Service[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  return SERVICES.filter((service) => {
    const text = searchableText(service);
    return words.every((word) => text.includes(word));
  });
}

function searchableText(service: Service): string {
  return [service.name, service.shortName, service.tagline, ...service.useCases].join('\n').toLowerCase();
}
