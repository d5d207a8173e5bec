import { exportDateText, reopenExport } from '../../../../electron/common/export-reopen/read-export';
import { displayFileName, PROFILE_FILE_ACCEPT } from '../../../../electron/common/profiles/profile-names';
import { workload } from '../pricing/workload.svelte';
import { router } from '../router.svelte';
import { routeHref } from '../routes';
import { profiles } from './profiles.svelte';

/** What Import accepts: profiles, and exported diagrams (PNG, SVG), which reopen the workload they were drawn for. */
export const IMPORT_FILE_ACCEPT = `${PROFILE_FILE_ACCEPT},.png,.svg,image/png,image/svg+xml`;

/** Far above any export the app writes (16,384 px a side compresses well below it). */
const MAX_READ_BYTES = 64 * 1024 * 1024;

/** A PNG or SVG by its name: the files that may carry an export's provenance. */
export function isPictureFile(file: File): boolean {
  return /\.(png|svg)$/i.test(file.name) || file.type === 'image/png' || file.type === 'image/svg+xml';
}

/**
 * Reopens the workload an exported diagram was drawn for as a new, unsaved
 * profile on the Costs page, saying which file and when it was exported. A
 * picture that is not ours, damaged, or whose workload fails the checks is
 * refused with the reason; nothing is saved either way.
 */
export async function reopenExportFile(file: File): Promise<boolean> {
  const from = displayFileName(file.name);
  const key = `import:${file.name}`;
  const refuse = (why: string) => {
    profiles.say(`“${from}” was not opened: ${why}. Nothing was saved.`, {
      tone: 'error',
      key,
      page: routeHref(router.current),
    });
    return false;
  };
  if (file.size > MAX_READ_BYTES) return refuse('it is larger than 64 MB, far larger than any export');
  const result = reopenExport(new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) return refuse(result.problem);
  if (profiles.dirty && !confirm('Discard the unsaved changes to this workload?')) return false;
  profiles.startNew();
  workload.replace(result.workload);
  router.go({ name: 'costs' });
  profiles.say(
    `Opened the workload of “${result.profileName}” from ${from} (exported ${exportDateText(result.exportedAt)}) as a new unsaved profile. Save it to keep it.`,
    { tone: 'success', key, page: routeHref(router.current) },
  );
  return true;
}
