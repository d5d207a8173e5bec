import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The URL carries the launch token, and a command line is readable by every
 * local user (`ps`). So the opener is handed a file instead: a page that
 * sends the browser on to the URL, readable by this user alone (0600, in a
 * 0700 folder), removed once the page has connected.
 */
export interface LaunchFile {
  file: string;
  remove(): Promise<void>;
}

export interface OpenerDeps {
  spawn: (command: string, args: string[]) => { on(event: 'error', listener: (error: Error) => void): unknown };
  platform: NodeJS.Platform;
  tmpDir: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page that goes straight on to `url`, keeping it out of the Referer. */
export function launchPage(url: string): string {
  const href = escapeHtml(url);
  return [
    '<!doctype html>',
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0;url=${href}">`,
    '<title>Opening Compute Explorer…</title>',
    `<p>Opening Compute Explorer… <a href="${href}">Open it</a> if nothing happens.</p>`,
    '',
  ].join('\n');
}

export async function writeLaunchFile(url: string, tmpDir = os.tmpdir()): Promise<LaunchFile> {
  // mkdtemp makes the folder 0700; the file is created new (wx), 0600.
  const dir = await mkdtemp(path.join(tmpDir, 'compute-explorer-open-'));
  const file = path.join(dir, 'open.html');
  await writeFile(file, launchPage(url), { mode: 0o600, flag: 'wx' });
  let removed: Promise<void> | null = null;
  return { file, remove: () => (removed ??= rm(dir, { recursive: true, force: true })) };
}

export function openerCommand(target: string, platform: NodeJS.Platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [target]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', target]];
  return ['xdg-open', [target]];
}

const spawnDetached: OpenerDeps['spawn'] = (command, args) => {
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.unref();
  return child;
};

/**
 * Best effort: a machine without a desktop (or a sandboxed browser that
 * cannot see the temp folder) still has the printed URL. Returns the launch
 * file for the caller to remove once the page has connected.
 */
export async function openInSystemBrowser(url: string, deps: Partial<OpenerDeps> = {}): Promise<LaunchFile | null> {
  const { platform = process.platform, tmpDir = os.tmpdir() } = deps;
  let launch: LaunchFile;
  try {
    launch = await writeLaunchFile(url, tmpDir);
  } catch {
    return null;
  }
  try {
    const [command, args] = openerCommand(launch.file, platform);
    (deps.spawn ?? spawnDetached)(command, args).on('error', () => void launch.remove());
  } catch {
    await launch.remove();
    return null;
  }
  return launch;
}
