import { stat } from 'node:fs/promises';

/**
 * Editors and file copies often write in place: truncate, then write. A file
 * read in between looks damaged. One changed this recently is left alone
 * (not set aside, not adopted) and looked at again once it has settled.
 */
export const SETTLE_MS = 2_000;

export async function isSettling(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  // Either way: a clock ahead of ours (a network drive) must not hide a file for good.
  return info !== null && Math.abs(Date.now() - info.mtimeMs) < SETTLE_MS;
}
