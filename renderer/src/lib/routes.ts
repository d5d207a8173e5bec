import { SERVICE_IDS, type ServiceId } from '../../../electron/common/compute-options';

export type Route =
  | { name: 'catalog' }
  | { name: 'service'; id: ServiceId }
  | { name: 'compare'; ids: ServiceId[] }
  | { name: 'costs' }
  | { name: 'profiles' }
  /** Two or three profile ids; the first is the one the others are set against. */
  | { name: 'profile-compare'; ids: string[] }
  /** The printable report of the workload on screen, or of the saved profile `profileId` (the CLI's way in). */
  | { name: 'report'; profileId?: string }
  /** The open profile's diagrams of the user's own, and one of them by id. */
  | { name: 'diagrams' }
  | { name: 'diagram'; id: string }
  | { name: 'not-found'; hash: string };

const isServiceId = (value: string): value is ServiceId => (SERVICE_IDS as readonly string[]).includes(value);

/** `#/service/lambda`, `#/compare/ec2,lambda` … Pure, so routing is unit-tested. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { name: 'catalog' };
  const slash = path.indexOf('/');
  const section = slash < 0 ? path : path.slice(0, slash);
  const rest = slash < 0 ? '' : path.slice(slash + 1);
  if (section === 'costs' && rest === '') return { name: 'costs' };
  if (section === 'profiles' && rest === '') return { name: 'profiles' };
  if (section === 'profiles' && rest.startsWith('compare/')) {
    const ids = rest.slice('compare/'.length).split(',');
    if (
      ids.length >= 2 &&
      ids.length <= 3 &&
      ids.every((id) => /^[\w-]{1,64}$/.test(id)) &&
      new Set(ids).size === ids.length
    )
      return { name: 'profile-compare', ids };
  }
  if (section === 'report' && rest === '') return { name: 'report' };
  if (section === 'report' && /^[\w-]{1,64}$/.test(rest)) return { name: 'report', profileId: rest };
  if (section === 'diagrams' && rest === '') return { name: 'diagrams' };
  if (section === 'diagrams' && /^[a-z0-9]{1,32}$/.test(rest)) return { name: 'diagram', id: rest };
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
    case 'profiles':
      return '#/profiles';
    case 'profile-compare':
      return `#/profiles/compare/${route.ids.join(',')}`;
    case 'report':
      return route.profileId ? `#/report/${route.profileId}` : '#/report';
    case 'diagrams':
      return '#/diagrams';
    case 'diagram':
      return `#/diagrams/${route.id}`;
    case 'not-found':
      return route.hash;
  }
}
