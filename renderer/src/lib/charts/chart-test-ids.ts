/** Test ids of the cost charts, shared by the components and the e2e page object. */
export const CHART_TID = {
  costChart: 'cost-chart',
  costBar: (id: string) => `cost-bar-${id}`,
  costWarning: (id: string) => `cost-warning-${id}`,
  breakEvenChart: 'break-even-chart',
  breakEvenSeries: (id: string) => `break-even-series-${id}`,
  breakEvenCrossover: 'break-even-crossover',
  breakEvenCurrent: 'break-even-current',
  breakEvenSentences: 'break-even-sentences',
  breakEvenScale: (mode: string) => `break-even-scale-${mode}`,
  breakEvenTooltip: 'break-even-tooltip',
  /** "Show as table" under a chart, and what it shows; `chart` is 'cost' or 'break-even'. */
  tableToggle: (chart: string) => `chart-table-toggle-${chart}`,
  tables: (chart: string) => `chart-tables-${chart}`,
  description: (chart: string) => `chart-description-${chart}`,
} as const;
