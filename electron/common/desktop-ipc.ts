import './zod-no-eval';
import * as z from 'zod';
import { COMMAND_IDS } from './commands';

/**
 * Methods that only the desktop shell implements (native dialogs, the
 * system clipboard) and the shell-events feed both shells serve. In browser
 * mode the export methods answer `unsupported` and the renderer downloads.
 */

/** Far above any capped export (16,384 px a side), far below what would hurt. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/** Pictures of a diagram, the estimate as data (Export costs…), and the report (Export report). */
export const exportKindSchema = z.enum(['png', 'svg', 'csv', 'xlsx', 'pdf']);
export type ExportKind = z.infer<typeof exportKindSchema>;

const fileName = z.string().min(1).max(200);
const bytes = z
  .instanceof(Uint8Array)
  .refine((value) => value.byteLength > 0, 'the file is empty')
  .refine((value) => value.byteLength <= MAX_EXPORT_BYTES, 'the file is larger than 256 MB');
const cancelled = z.object({ status: z.literal('cancelled') }).strict();

export const shellEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('command'), command: z.enum(COMMAND_IDS) }).strict(),
  /** A profile file given on the command line or dropped on the app icon, already imported. */
  z.object({ kind: z.literal('open-profile'), id: z.string().max(100), name: z.string().max(500) }).strict(),
  /** Such a file could not be opened; the message says which and why. */
  z.object({ kind: z.literal('open-failed'), message: z.string().max(5_000) }).strict(),
]);
export type ShellEvent = z.infer<typeof shellEventSchema>;

export const DESKTOP_IPC_SCHEMAS = {
  saveExportFile: {
    input: z.object({ suggestedName: fileName, kind: exportKindSchema, bytes }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string() }).strict(),
      cancelled,
    ]),
  },
  chooseExportFolder: {
    input: z.object({ suggestedName: fileName }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('chosen'), folderId: z.string(), path: z.string() }).strict(),
      cancelled,
    ]),
  },
  writeExportFile: {
    input: z.object({ folderId: z.string().max(100), fileName, bytes }).strict(),
    output: z.object({ path: z.string() }).strict(),
  },
  copyImageToClipboard: {
    input: z.object({ bytes }).strict(),
    output: z.object({ width: z.int().min(1), height: z.int().min(1) }).strict(),
  },
  /** The report page on screen, printed by the desktop app and saved where the user chooses. */
  exportReportPdf: {
    input: z.object({ suggestedName: fileName, pageSize: z.enum(['a4', 'letter']) }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string() }).strict(),
      cancelled,
    ]),
  },
  waitForShellEvents: {
    input: z.object({ since: z.int().min(0), timeoutMs: z.int().min(0).max(60_000).optional() }).strict(),
    output: z.object({ counter: z.int().min(0), events: z.array(shellEventSchema) }).strict(),
  },
};
