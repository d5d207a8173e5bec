import { api } from '../api';
import { inDesktopApp } from './desktop-shell';

/**
 * Where "Export all" puts its files: a folder the user chooses in the
 * desktop app, one zip download in browser mode. The runner only writes.
 */
export interface ExportSink {
  /** Where the files end up, as the summary names it: the folder's path, or the zip's name. */
  readonly location: string;
  readonly kind: 'folder' | 'zip';
  write(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Called once after the last write (also after a stop): the zip is downloaded here. */
  finish(): Promise<void>;
}

export type SinkOpening = { status: 'open'; sink: ExportSink } | { status: 'cancelled' };

/** The desktop app's folder: chosen once, then each file written by the main process, which checks it. */
async function openFolderSink(folderName: string): Promise<SinkOpening> {
  const chosen = await api.chooseExportFolder({ suggestedName: folderName });
  if (chosen.status === 'cancelled') return chosen;
  return {
    status: 'open',
    sink: {
      location: chosen.path,
      kind: 'folder',
      write: async (fileName, bytes) =>
        void (await api.writeExportFile({ folderId: chosen.folderId, fileName, bytes })),
      finish: async () => undefined,
    },
  };
}

/** The sink for this shell; the zip code is loaded only when it is needed. */
export async function openExportSink(folderName: string): Promise<SinkOpening> {
  if (await inDesktopApp()) return openFolderSink(folderName);
  const { createZipSink } = await import('./export-sink-zip');
  return { status: 'open', sink: createZipSink(folderName) };
}
