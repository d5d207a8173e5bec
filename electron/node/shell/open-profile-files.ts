import path from 'node:path';
import type { ShellEvent } from '../../common/desktop-ipc';
import { PROFILE_TEXT_MAX } from '../../common/profiles/profile-schema';
import { isProfileFileName } from '../../common/profiles/profile-names';
import type { ProfileStore } from '../profiles/profile-store';
import { isUnreadable, readCapped } from '../profiles/read-capped';

/**
 * Profile files handed to the app from outside: on the command line, to a
 * second launch, or dropped on the dock/taskbar icon. Each is imported the
 * way the Import button imports (the store parses it), then the renderer is
 * told to open it, or why it could not.
 */

export interface OpenTarget {
  importText: ProfileStore['importText'];
  push(event: ShellEvent): void;
}

/**
 * The profile file paths (`.json`, `.cxprofile`) in an argv, resolved against the launch's working
 * folder. The executable, Electron's own arguments (`.`, the main script)
 * and every flag are not files to open; a flag's value is always written
 * `--flag=value` by Chromium, so it never stands alone.
 */
export function profileFilePaths(argv: readonly string[], cwd: string): string[] {
  const paths = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isProfileFileName(arg))
    .map((arg) => path.resolve(cwd, arg));
  return [...new Set(paths)];
}

async function openOne(file: string, target: OpenTarget): Promise<ShellEvent> {
  const name = path.basename(file);
  const failed = (why: string): ShellEvent => ({
    kind: 'open-failed',
    message: `“${name}” could not be opened: ${why}`,
  });
  let read;
  try {
    read = await readCapped(file, PROFILE_TEXT_MAX);
  } catch (error) {
    return failed(`${(error as Error).message}.`);
  }
  if (read === 'missing') return failed(`there is no such file (${file}).`);
  if (read === 'too-big') return failed('the file is larger than 1 MB.');
  if (isUnreadable(read)) return failed(`${read.unreadable}.`);
  try {
    const profile = await target.importText(read.toString('utf8'), name);
    return { kind: 'open-profile', id: profile.id, name: profile.name };
  } catch (error) {
    // The store's refusal already names the file.
    return { kind: 'open-failed', message: (error as Error).message };
  }
}

/** Imports each file in turn and pushes one event per file; never throws. */
export async function openProfileFiles(files: readonly string[], target: OpenTarget): Promise<void> {
  for (const file of files) target.push(await openOne(file, target));
}

export interface ProfileFileOpener {
  /** Files may arrive before the store is open (macOS sends `open-file` before `ready`): they wait. */
  open(files: readonly string[]): void;
  attach(target: OpenTarget): void;
}

export function createProfileFileOpener(): ProfileFileOpener {
  let target: OpenTarget | null = null;
  let waiting: string[] = [];
  // One file at a time, in the order they came, even across several launches.
  let chain = Promise.resolve();
  const start = (files: readonly string[], to: OpenTarget) => {
    chain = chain.then(() => openProfileFiles(files, to));
  };
  return {
    open(files) {
      if (files.length === 0) return;
      if (target) start(files, target);
      else waiting = [...waiting, ...files];
    },
    attach(next) {
      target = next;
      const files = waiting;
      waiting = [];
      if (files.length > 0) start(files, next);
    },
  };
}
