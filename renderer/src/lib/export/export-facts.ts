import { api } from '../api';
import { pricing } from '../pricing/pricing.svelte';
import { workload } from '../pricing/workload.svelte';
import { profiles } from '../profiles/profiles.svelte';
import type { ExportFacts } from './export-diagram';

let version: Promise<string> | null = null;

/** The app's version, asked of the host once (it is main-side in the desktop app). */
export function appVersion(): Promise<string> {
  version ??= api.getAppInfo().then(
    (info) => info.version,
    () => {
      version = null;
      return 'unknown version';
    },
  );
  return version;
}

/** The state an export describes, read now: profile, workload, prices and version. */
export function currentFacts(appVersionText: string): ExportFacts {
  const result = pricing.result;
  return {
    profileName: profiles.open?.profile.name ?? null,
    unsavedChanges: profiles.open !== null && profiles.dirty,
    pricing: result,
    priceBook: result?.priceBook ?? pricing.priceBook ?? null,
    workload: workload.current,
    appVersion: appVersionText,
    now: new Date(),
  };
}
