import type { PageSize } from './report-page-style';

/** The report's page size, kept while the app runs; A4 unless the user picks Letter. */
class ReportSettings {
  pageSize = $state<PageSize>('a4');
}

export const reportSettings = new ReportSettings();
