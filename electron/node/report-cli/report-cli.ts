import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseProfileText } from '../../common/profiles/parse-profile';
import { PROFILE_SCHEMA_VERSION, PROFILE_TEXT_MAX } from '../../common/profiles/profile-schema';
import { isUnreadable, readCapped } from '../profiles/read-capped';
import { writeFileAtomic } from '../store/write-file-atomic';
import type { ChromiumLookup } from './find-chromium';
import { parseReportArgs, REPORT_USAGE } from './report-args';
import type { RenderRequest } from './render-report';

export interface ReportCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  findChromium: () => ChromiumLookup;
  render: (request: RenderRequest) => Promise<Uint8Array>;
  /** The data folder whose price books are used when --data-dir is not given. */
  defaultDataDir: () => string;
  rendererRoot: string;
  version: string;
}

/** Exit codes: 0 written, 2 bad arguments or input (nothing written), 1 the report could not be made. */
export async function runReportCli(argv: readonly string[], io: ReportCliIo): Promise<number> {
  const refuse = (message: string): number => {
    io.stderr(`report: ${message}\n`);
    return 2;
  };
  let args;
  try {
    args = parseReportArgs(argv);
  } catch (error) {
    return refuse(`${(error as Error).message}\n\n${REPORT_USAGE}`);
  }
  if (args.help) {
    io.stdout(`${REPORT_USAGE}\n`);
    return 0;
  }
  const name = path.basename(args.profile);
  const read = await readCapped(path.resolve(args.profile), PROFILE_TEXT_MAX).catch((error: Error) => error);
  if (read === 'missing') return refuse(`“${args.profile}” could not be read: there is no such file.`);
  if (read === 'too-big') return refuse(`“${args.profile}” could not be read: the file is larger than 1 MB.`);
  if (read instanceof Error) return refuse(`“${args.profile}” could not be read: ${read.message}.`);
  if (isUnreadable(read)) return refuse(`“${args.profile}” could not be read: ${read.unreadable}.`);
  const text = read.toString('utf8');
  // Checked before anything starts, so a bad file costs no browser.
  const parsed = parseProfileText(text, { id: randomUUID(), fallbackName: name, now: new Date().toISOString() });
  if (parsed.kind === 'invalid')
    return refuse(`“${args.profile}” is not a profile this app can read: ${parsed.reason}.`);
  if (parsed.kind === 'newer') {
    return refuse(
      `“${args.profile}” was saved by a newer version of Compute Explorer (format ${parsed.version}; this one reads up to ${PROFILE_SCHEMA_VERSION}).`,
    );
  }
  const outDir = path.dirname(path.resolve(args.out));
  const folder = await stat(outDir).catch(() => null);
  if (!folder?.isDirectory()) return refuse(`“${args.out}” cannot be written: there is no folder ${outDir}.`);
  const browser = io.findChromium();
  if (!browser.found) return refuse(`${browser.reason}.`);

  const mark = args.timings
    ? (step: string) => io.stderr(`report: ${step} at ${Math.round(performance.now())} ms\n`)
    : undefined;
  mark?.('profile read');
  let pdf: Uint8Array;
  try {
    pdf = await io.render({
      profileText: text,
      fileName: name,
      pageSize: args.pageSize,
      booksDir: path.resolve(args.dataDir ?? io.defaultDataDir()),
      chromiumPath: browser.path,
      rendererRoot: io.rendererRoot,
      version: io.version,
      ...(mark ? { mark } : {}),
    });
  } catch (error) {
    io.stderr(`report: the report of “${args.profile}” could not be made: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    await writeFileAtomic(path.resolve(args.out), pdf, { hiddenTemp: true, mode: 0o644 });
  } catch (error) {
    io.stderr(`report: “${args.out}” could not be written: ${(error as Error).message}\n`);
    return 1;
  }
  mark?.('written');
  io.stdout(`Wrote the report of “${name}” to ${args.out} (${args.pageSize === 'a4' ? 'A4' : 'Letter'}).\n`);
  return 0;
}
