import { stat } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { readJsonFile, writeJsonFileAtomic } from '../store/json-file';

/** Main-process only: the renderer never sees or sets where the last export went. */
export const EXPORT_STATE_FILE = 'export-state.json';

const exportStateSchema = z.object({ lastFolder: z.string().min(1).max(4096) }).strict();

export interface ExportState {
  /** The folder to open the next dialog in: the last one used while it still exists, else the default. */
  startFolder(): Promise<string>;
  remember(folder: string): Promise<void>;
}

export function createExportState(
  dataDir: string,
  defaultFolder: string,
  log: (message: string) => void = console.error,
): ExportState {
  const file = path.join(dataDir, EXPORT_STATE_FILE);
  // Chained, so two quick exports cannot interleave their renames.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    async startFolder() {
      const read = await readJsonFile(file, exportStateSchema);
      if (read.kind === 'corrupt')
        log(`${EXPORT_STATE_FILE} could not be read (${read.reason}); kept as ${read.movedTo}.`);
      if (read.kind !== 'ok' || !path.isAbsolute(read.value.lastFolder)) return defaultFolder;
      const folder = read.value.lastFolder;
      const isFolder = await stat(folder).then(
        (found) => found.isDirectory(),
        () => false,
      );
      return isFolder ? folder : defaultFolder;
    },
    remember(folder) {
      const next = queue.then(() => writeJsonFileAtomic(file, exportStateSchema.parse({ lastFolder: folder })));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
