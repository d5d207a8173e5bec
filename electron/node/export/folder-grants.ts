import { randomUUID } from 'node:crypto';
import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { HandlerError } from '../ipc/handler-table';
import { checkExportBytes } from './export-bytes';
import { kindOfFileName, plainFileNameProblem, safeBaseName } from './export-file-names';
import { USER_FILE, writeFileAtomic } from '../store/write-file-atomic';

const MAX_SUFFIX = 999;

/**
 * Folders the user chose for "Export all", each a new subfolder so nothing
 * already there is overwritten. The renderer gets an unguessable id, never a
 * path it could steer: it names files, and they land in that folder only.
 * Grants last as long as this process.
 */
export interface FolderGrants {
  grant(parent: string, suggestedName: string): Promise<{ folderId: string; path: string }>;
  write(folderId: string, fileName: string, bytes: Uint8Array): Promise<string>;
}

export function createFolderGrants(): FolderGrants {
  const granted = new Map<string, string>();

  return {
    async grant(parent, suggestedName) {
      const folder = await realpath(await makeNewFolder(parent, safeBaseName(suggestedName)));
      const folderId = randomUUID();
      granted.set(folderId, folder);
      return { folderId, path: folder };
    },

    async write(folderId, fileName, bytes) {
      const folder = granted.get(folderId);
      if (!folder) {
        throw new HandlerError(
          'not-found',
          'That export folder is no longer open to the app; choose the folder again.',
        );
      }
      const problem = plainFileNameProblem(fileName);
      if (problem) throw new HandlerError('invalid-input', `“${fileName}” was not written: ${problem}.`);
      checkExportBytes(bytes, kindOfFileName(fileName)!, `“${fileName}” was not written`);
      const target = path.resolve(folder, fileName);
      // Belt and braces: the name was checked above, the result is checked here.
      if (path.dirname(target) !== folder) {
        throw new HandlerError('forbidden', `“${fileName}” would be written outside the export folder.`);
      }
      const stillThere = await realpath(folder).then(
        (real) => real === folder,
        () => false,
      );
      if (!stillThere) {
        throw new HandlerError(
          'forbidden',
          `The export folder ${folder} was moved or replaced; choose a folder again.`,
        );
      }
      await writeFileAtomic(target, bytes, USER_FILE);
      return target;
    },
  };
}

/** `parent/name`, or `parent/name (2)`, `(3)`… whichever does not exist yet, created. */
async function makeNewFolder(parent: string, name: string): Promise<string> {
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const folder = path.join(parent, n === 1 ? name : `${name} (${n})`);
    try {
      await mkdir(folder);
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new HandlerError(
    'conflict',
    `${parent} already holds ${MAX_SUFFIX} folders named “${name}”; choose another folder.`,
  );
}
