import { isUtf8 } from 'node:buffer';
import { stat } from 'node:fs/promises';
import { parseProfileText, type ParsedProfile } from '../../common/profiles/parse-profile';
import { PROFILE_TEXT_MAX } from '../../common/profiles/profile-schema';
import { isUnreadable, readCapped, readCappedQuick, type CappedRead } from './read-capped';

export type ProfileFileRead =
  | { kind: 'missing' }
  /** Not a file to read (a folder, a FIFO, a looping link, no permission): left as it is. */
  | { kind: 'unreadable'; reason: string }
  | Extract<ParsedProfile, { kind: 'invalid' }>
  /** `text` is kept so an export hands back the newer file unchanged. */
  | (Extract<ParsedProfile, { kind: 'newer' }> & { text: string })
  /** `text` tells a later read whether the file changed; `bytes` are what a backup keeps. */
  | (Extract<ParsedProfile, { kind: 'ok' }> & { text: string; bytes: Buffer });

const UNKNOWN_TIME = new Date(0).toISOString();

/**
 * Reads and validates one file. `id` comes from the file's name and wins over
 * whatever the file says; `fallbackName` names a pre-profile workload file.
 */
export async function readProfileFile(file: string, id: string, fallbackName: string): Promise<ProfileFileRead> {
  const quick = readCappedQuick(file, PROFILE_TEXT_MAX);
  if (quick !== 'retry') {
    const result = await interpret(file, quick, id, fallbackName);
    // Never judge a file damaged on the quick read alone.
    if (result.kind !== 'invalid') return result;
  }
  return interpret(file, await readCapped(file, PROFILE_TEXT_MAX), id, fallbackName);
}

async function interpret(file: string, bytes: CappedRead, id: string, fallbackName: string): Promise<ProfileFileRead> {
  if (bytes === 'missing') return { kind: 'missing' };
  if (isUnreadable(bytes)) return { kind: 'unreadable', reason: bytes.unreadable };
  if (bytes === 'too-big') return { kind: 'invalid', reason: 'the file is larger than 1 MB' };
  if (!isUtf8(bytes)) return { kind: 'invalid', reason: 'this is not UTF-8 text (a binary file?)' };
  const text = bytes.toString('utf8');
  let parsed = parseProfileText(text, { id, fallbackName, now: UNKNOWN_TIME });
  // Only files that carry no date need one (pre-profile and hand-written ones): when the file was last written.
  if (parsed.kind === 'ok' && parsed.profile.createdAt === UNKNOWN_TIME) {
    const modified = await stat(file).then(
      (info) => info.mtime.toISOString(),
      () => UNKNOWN_TIME,
    );
    parsed = parseProfileText(text, { id, fallbackName, now: modified });
  }
  if (parsed.kind === 'ok') return { ...parsed, text, bytes };
  if (parsed.kind === 'newer') return { ...parsed, text };
  return parsed;
}
