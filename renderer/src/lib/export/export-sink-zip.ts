import { zipSync, type Zippable } from 'fflate';
import { downloadBlob } from '../profiles/download';
import type { ExportSink } from './export-sink';

/**
 * One zip holding `folderName/` and the files in it. PNGs are compressed
 * already, so they are stored as they are (level 0): deflating them again
 * would cost time and save nothing.
 */
export function zipExportFolder(
  folderName: string,
  files: ReadonlyMap<string, Uint8Array<ArrayBuffer>>,
): Uint8Array<ArrayBuffer> {
  const folder: Zippable = {};
  for (const [name, bytes] of files) folder[name] = [bytes, { level: 0 }];
  return zipSync({ [folderName]: folder }, { level: 0 });
}

/** Browser mode: files are kept in memory and leave as one download when the run ends. */
export function createZipSink(folderName: string): ExportSink {
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  const zipName = `${folderName}.zip`;
  return {
    location: zipName,
    kind: 'zip',
    write: async (fileName, bytes) => void files.set(fileName, bytes),
    finish: async () => {
      // Nothing written, nothing to download: the summary says why.
      if (files.size === 0) return;
      downloadBlob(zipName, new Blob([zipExportFolder(folderName, files)], { type: 'application/zip' }));
    },
  };
}
