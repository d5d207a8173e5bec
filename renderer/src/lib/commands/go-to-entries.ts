import type { PresetComparison, Service } from '../catalog';
import type { Route } from '../routes';

/**
 * The palette's places: every service, comparison and page, and every saved
 * profile by name, beside the commands. Typing a name (or most of its
 * letters, in order) goes there.
 */
export interface GoToEntry {
  /** Stable and DOM-id safe: "go-service-lambda", "open-profile-<id>". */
  key: string;
  label: string;
  group: string;
  /** More words that find it: a service's full AWS name. */
  keywords?: string;
  target: { route: Route } | { profileId: string };
}

interface ProfileLike {
  id: string;
  name: string;
  example: boolean;
}

export function goToEntries(
  services: readonly Service[],
  comparisons: readonly PresetComparison[],
  profiles: readonly ProfileLike[],
  /** The open profile's diagrams of the user's own. */
  diagrams: readonly { id: string; title: string }[] = [],
): GoToEntry[] {
  const page = (key: string, label: string, route: Route, keywords?: string): GoToEntry => ({
    key: `go-${key}`,
    label: `Go to ${label}`,
    group: 'Page',
    keywords,
    target: { route },
  });
  return [
    page('catalog', 'Catalog', { name: 'catalog' }, 'home services'),
    page('costs', 'Costs & Break-even', { name: 'costs' }, 'prices pricing'),
    page('profiles', 'Profiles', { name: 'profiles' }, 'workloads'),
    page('diagrams', 'Your diagrams', { name: 'diagrams' }, 'new diagram architecture drawing'),
    ...services.map((service) => ({
      key: `go-service-${service.id}`,
      label: `Go to ${service.shortName}`,
      group: 'Service',
      keywords: service.name,
      target: { route: { name: 'service', id: service.id } as Route },
    })),
    ...comparisons.map((comparison) => ({
      key: `go-compare-${comparison.id}`,
      label: `Compare ${comparison.title}`,
      group: 'Comparison',
      target: { route: { name: 'compare', ids: [...comparison.serviceIds] } as Route },
    })),
    ...profiles.map((profile) => ({
      key: `open-profile-${profile.id}`,
      label: `Open “${profile.name}”`,
      group: profile.example ? 'Example profile' : 'Profile',
      target: { profileId: profile.id },
    })),
    ...diagrams.map((diagram) => ({
      key: `go-diagram-${diagram.id}`,
      label: `Go to diagram “${diagram.title}”`,
      group: 'Your diagram',
      target: { route: { name: 'diagram', id: diagram.id } as Route },
    })),
  ];
}
