import { isProfileFileName } from '../../common/profiles/profile-names';

export type ReportPageSize = 'a4' | 'letter';

export interface ReportArgs {
  profile: string;
  out: string;
  pageSize: ReportPageSize;
  /** Where the price books live (default: the desktop app's data folder). */
  dataDir: string | null;
  help: boolean;
}

export const REPORT_USAGE = `Usage: npm run report -- PROFILE.json OUT.pdf [--page a4|letter] [--data-dir DIR]

  PROFILE.json    a saved or exported profile (.json or .cxprofile)
  OUT.pdf         where to write the report (replaced whole, never half-written)
  --page SIZE     a4 (default) or letter
  --data-dir DIR  read the price books of this data folder (default: the app's own)

Renders the app's report page in a headless Chromium ($CHROMIUM_PATH, else the
system's, else Playwright's); nothing is saved to the data folder.`;

/** Parses the report CLI's arguments; throws an Error whose message names the bad one. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  let pageSize: ReportPageSize = 'a4';
  let dataDir: string | null = null;
  let help = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--page') {
      const size = value().toLowerCase();
      if (size !== 'a4' && size !== 'letter') throw new Error(`--page must be a4 or letter, got "${size}"`);
      pageSize = size;
    } else if (flag === '--data-dir') dataDir = value();
    else if (flag === '--help' || flag === '-h') help = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (help) return { profile: '', out: '', pageSize, dataDir, help };
  if (files.length !== 2) throw new Error(`expected a profile file and an output file, got ${files.length} file(s)`);
  const [profile, out] = files as [string, string];
  if (!isProfileFileName(profile)) throw new Error(`“${profile}” is not a profile file (.json or .cxprofile)`);
  if (!/\.pdf$/i.test(out)) throw new Error(`“${out}” must end in .pdf`);
  return { profile, out, pageSize, dataDir, help };
}
