import { isProfileFileName } from '../../common/profiles/profile-names';
import { FlagError, lastValue, readFlags } from '../cli/flag-reader';

export type ReportPageSize = 'a4' | 'letter';

export interface ReportArgs {
  profile: string;
  out: string;
  pageSize: ReportPageSize;
  /** Where the price books live (default: the desktop app's data folder). */
  dataDir: string | null;
  /** Print how long each step took, to stderr. */
  timings: boolean;
  help: boolean;
}

export const REPORT_USAGE = `Usage: npm run report -- PROFILE.json OUT.pdf [--page a4|letter] [--data-dir DIR]

  PROFILE.json    a saved or exported profile (.json or .cxprofile)
  OUT.pdf         where to write the report (replaced whole, never half-written)
  --page SIZE     a4 (default) or letter
  --data-dir DIR  read the price books of this data folder (default: the app's own)
  --timings       print how long each step took (to stderr)

Renders the app's report page in a headless Chromium ($CHROMIUM_PATH, else the
system's, else Playwright's); the diagram pictures the app saved in the data
folder are reused, and nothing is saved to it.`;

const REPORT_GRAMMAR = { withValue: { '--page': 'a4 or letter', '--data-dir': null }, switches: ['--timings'] };

/** Parses the report CLI's arguments; throws an Error whose message names the bad one. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const flags = readFlags(argv, REPORT_GRAMMAR);
  const pageSize = (lastValue(flags, '--page') ?? 'a4').toLowerCase();
  if (pageSize !== 'a4' && pageSize !== 'letter')
    throw new FlagError(`--page must be a4 or letter, got "${pageSize}".`);
  const dataDir = lastValue(flags, '--data-dir') ?? null;
  const timings = flags.given.some((entry) => entry.flag === '--timings');
  if (flags.help) return { profile: '', out: '', pageSize, dataDir, timings, help: true };
  const files = flags.positional;
  if (files.length !== 2)
    throw new FlagError(`expected a profile file and an output file, got ${files.length} file(s)`);
  const [profile, out] = files as [string, string];
  if (!isProfileFileName(profile)) throw new FlagError(`“${profile}” is not a profile file (.json or .cxprofile)`);
  if (!/\.pdf$/i.test(out)) throw new FlagError(`“${out}” must end in .pdf`);
  return { profile, out, pageSize, dataDir, timings, help: false };
}
