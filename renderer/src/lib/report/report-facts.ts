import type { PricingResult } from '../../../../electron/common/pricing';
import { UNTITLED_WORKLOAD } from '../export/provenance';

export interface ReportProvenance {
  appVersion: string;
  priceBook: PricingResult['priceBook'];
  exportedAt: Date;
}

/** "2026-12-01 17:40 UTC": the same wherever the report is read. */
export function utcMinute(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function reportTitle(profileName: string | null | undefined): string {
  return profileName?.trim() || UNTITLED_WORKLOAD;
}

/** The line every page's footer carries: app version, Region, price book and its date, when it was exported. */
export function provenanceLine({ appVersion, priceBook, exportedAt }: ReportProvenance): string {
  const source = priceBook.source.kind === 'bundled' ? 'bundled' : 'AWS Price List';
  return [
    `Compute Explorer ${appVersion}`,
    `${priceBook.region} (${priceBook.regionName})`,
    `price book ${priceBook.version} (${source}), prices as of ${priceBook.asOf}`,
    `exported ${utcMinute(exportedAt)}`,
  ].join(' · ');
}
