import { SERVICE_IDS, type ServiceId } from '../../../electron/common/compute-options';

export type Route =
  | { name: 'catalog' }
  | { name: 'service'; id: ServiceId }
  | { name: 'compare'; ids: ServiceId[] }
  | { name: 'costs' }
  | { name: 'not-found'; hash: string };

const isServiceId = (value: string): value is ServiceId => (SERVICE_IDS as readonly string[]).includes(value);

/** `#/service/lambda`, `#/compare/ec2,lambda` … Pure, so routing is unit-tested. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { name: 'catalog' };
  const [section, rest = ''] = path.split('/', 2);
  if (section === 'costs' && rest === '') return { name: 'costs' };
  if (section === 'service' && isServiceId(rest)) return { name: 'service', id: rest };
  if (section === 'compare') {
    const ids = rest.split(',').filter(Boolean);
    if (ids.length >= 2 && ids.length <= 3 && ids.every(isServiceId) && new Set(ids).size === ids.length) {
      return { name: 'compare', ids };
    }
  }
  return { name: 'not-found', hash };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'catalog':
      return '#/';
    case 'service':
      return `#/service/${route.id}`;
    case 'compare':
      return `#/compare/${route.ids.join(',')}`;
    case 'costs':
      return '#/costs';
    case 'not-found':
      return route.hash;
  }
}
