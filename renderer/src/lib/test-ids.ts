/** Test ids shared by components and the e2e page object. */
export const TID = {
  nav: 'nav',
  navService: (id: string) => `nav-service-${id}`,
  search: 'search',
  catalog: 'catalog',
  serviceCard: (id: string) => `service-card-${id}`,
  servicePage: (id: string) => `service-page-${id}`,
  diagram: (id: string) => `diagram-${id}`,
  comparePage: 'compare-page',
  compareTable: 'compare-table',
  comparePicker: (id: string) => `compare-pick-${id}`,
  comparePreset: (id: string) => `compare-preset-${id}`,
  notice: 'notice',
  announcer: 'announcer',
} as const;
