import '../zod-no-eval';
import * as z from 'zod';
import { parseWorkload, type Workload } from '../pricing/workload-schema';
import { migrateToCurrent } from '../profiles/migrations';
import { PROFILE_SCHEMA_VERSION } from '../profiles/profile-schema';
import { listPngChunks, readPngText } from './png-text';
import { decodeUtf8 } from './utf8';

/**
 * Reopens a diagram exported by the app: the PNG's "Provenance" text chunk,
 * or the SVG's <metadata>, holds the workload it was drawn for. Plain TS,
 * bytes in and a result out, so the renderer (drop, Import) and
 * `npm run price -- diagram.png` read exports the same way.
 */

/** The id of the SVG <metadata> element that holds the provenance JSON. */
export const SVG_PROVENANCE_ID = 'compute-explorer-provenance';
const PNG_PROVENANCE_KEY = 'Provenance';
/** Far above any provenance (a workload is a few KB), far below what would hurt. */
const MAX_PROVENANCE_CHARS = 1_000_000;
/**
 * Exports made before the provenance recorded its profile format were made
 * by apps of format 1 (before the per-request model) or 2: a workload that
 * is not valid as the current format is read as format 1 and migrated.
 */
const OLDEST_UNRECORDED_FORMAT = 1;

export interface ReopenedExport {
  ok: true;
  workload: Workload;
  /** The profile the picture was exported from ("Untitled workload" when none). */
  profileName: string;
  /** ISO date and time of the export. */
  exportedAt: string;
  appVersion: string;
  /** The profile format the export's workload was in; less than current when it was migrated. */
  fromVersion: number;
}

export type ReopenResult = ReopenedExport | { ok: false; problem: string };

const provenanceSchema = z.object({
  app: z.literal('Compute Explorer'),
  appVersion: z.string().max(100),
  exportedAt: z.iso.datetime(),
  profile: z.string().max(500),
  profileSchemaVersion: z.int().min(1).optional(),
  workload: z.record(z.string(), z.unknown()),
});

const refused = (problem: string): ReopenResult => ({ ok: false, problem });

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const isPng = (bytes: Uint8Array) => PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);

function provenanceOfPng(bytes: Uint8Array): string | ReopenResult {
  let text: Record<string, string>;
  try {
    const chunks = listPngChunks(bytes);
    if (chunks.at(-1)?.type !== 'IEND') return refused('the PNG is cut short (it has no IEND chunk)');
    text = readPngText(bytes);
  } catch (error) {
    return refused(`the PNG cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return text[PNG_PROVENANCE_KEY] ?? refused(NO_PROVENANCE);
}

const NO_PROVENANCE =
  'it carries no Compute Explorer provenance: it was not exported by this app, or its metadata was removed';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function provenanceOfSvg(bytes: Uint8Array): string | ReopenResult {
  let text: string;
  try {
    text = decodeUtf8(bytes, true);
  } catch {
    return refused('it is neither a PNG nor UTF-8 text, so not an SVG');
  }
  if (!/<svg[\s>]/.test(text)) return refused('it is neither a PNG nor an SVG');
  const open = `<metadata id="${SVG_PROVENANCE_ID}">`;
  const start = text.indexOf(open);
  if (start < 0) return refused(NO_PROVENANCE);
  const end = text.indexOf('</metadata>', start);
  if (end < 0) return refused('the SVG is cut short (its provenance never ends)');
  if (!/<\/svg>\s*$/.test(text)) return refused('the SVG is cut short (no closing </svg>)');
  return text.slice(start + open.length, end).replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

/** A workload as the current app reads it, migrated from the format the export recorded. */
function currentWorkload(workload: Record<string, unknown>, recorded: number | undefined): ReopenResult | Workload {
  if (recorded !== undefined && recorded > PROFILE_SCHEMA_VERSION)
    return refused(
      `it was exported by a newer Compute Explorer (profile format ${recorded}; this app reads up to ${PROFILE_SCHEMA_VERSION})`,
    );
  const attempt = (version: number) => {
    const context = { id: 'reopened', fallbackName: 'reopened', now: new Date(0).toISOString() };
    const wrapped = { schemaVersion: version, id: 'reopened', name: 'reopened', notes: '', workload };
    const { profile } = migrateToCurrent(wrapped, context);
    return parseWorkload((profile as { workload: unknown }).workload, ['workload']);
  };
  let parsed = attempt(recorded ?? PROFILE_SCHEMA_VERSION);
  if (!parsed.ok && recorded === undefined) {
    const older = attempt(OLDEST_UNRECORDED_FORMAT);
    if (older.ok) parsed = older;
  }
  return parsed.ok ? parsed.workload : refused(`its workload does not pass the app's checks: ${parsed.error}`);
}

/** The workload an exported PNG or SVG was drawn for, or why it cannot be reopened. */
export function reopenExport(bytes: Uint8Array): ReopenResult {
  if (bytes.length === 0) return refused('the file is empty');
  const json = isPng(bytes) ? provenanceOfPng(bytes) : provenanceOfSvg(bytes);
  if (typeof json !== 'string') return json;
  if (json.length > MAX_PROVENANCE_CHARS) return refused('its provenance is larger than 1 MB');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return refused('its provenance is not valid JSON (the file may be damaged)');
  }
  const provenance = provenanceSchema.safeParse(data);
  if (!provenance.success)
    return refused(
      `its provenance is not Compute Explorer's (${provenance.error.issues[0]?.path.join('.') || 'the whole record'} is wrong)`,
    );
  const { profile, exportedAt, appVersion, profileSchemaVersion, workload } = provenance.data;
  const current = currentWorkload(workload, profileSchemaVersion);
  if ('ok' in current) return current;
  return {
    ok: true,
    workload: current,
    profileName: profile,
    exportedAt,
    appVersion,
    fromVersion: profileSchemaVersion ?? OLDEST_UNRECORDED_FORMAT,
  };
}

/** "the PNG", "the SVG": what an export file is, from its name; null for neither. */
export function exportKindOfName(fileName: string): 'png' | 'svg' | null {
  const match = /\.(png|svg)$/i.exec(fileName);
  return match ? (match[1]!.toLowerCase() as 'png' | 'svg') : null;
}

/** "2026-11-30 10:00 UTC". */
export function exportDateText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
