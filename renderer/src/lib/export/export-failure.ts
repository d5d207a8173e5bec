import { ExportRefused } from './export-diagram';

export type ExportAction = 'png' | 'svg' | 'copy';

const FAILED: Record<ExportAction, string> = {
  png: 'The PNG could not be exported',
  svg: 'The SVG could not be exported',
  copy: 'The PNG could not be copied',
};

/** What an export toolbar shows when an action failed: a refusal says why in its own words; anything else is named. */
export function exportFailureMessage(action: ExportAction, failure: unknown): string {
  const message = failure instanceof Error ? failure.message : String(failure);
  return failure instanceof ExportRefused ? message : `${FAILED[action]}: ${message}`;
}
