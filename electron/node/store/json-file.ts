import { mkdirSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { describeZodError } from '../../common/schema-error';
import { isUnreadable, readCapped } from '../profiles/read-capped';
import { writeFileAtomic, writeFileAtomicSync } from './write-file-atomic';

/** Preferences, window state and export state are a few hundred bytes; 1 MB is damage. */
export const MAX_JSON_FILE_BYTES = 1024 * 1024;

export type JsonFileRead<T> =
  { kind: 'missing' } | { kind: 'ok'; value: T } | { kind: 'corrupt'; reason: string; movedTo: string };

/**
 * Reads and schema-parses a JSON file. A file that fails is never deleted or
 * silently ignored: it is renamed to `NAME.corrupt-<timestamp>.json` beside
 * the original and the caller gets the reason to show.
 */
export async function readJsonFile<T>(file: string, schema: z.ZodType<T>): Promise<JsonFileRead<T>> {
  // Never a plain readFile: a FIFO or a device at this path would block the
  // event loop's thread pool (and so the app) forever.
  const read = await readCapped(file, MAX_JSON_FILE_BYTES);
  if (read === 'missing') return { kind: 'missing' };
  let reason: string | null;
  let text = '';
  if (read === 'too-big')
    reason = `the file is over the ${MAX_JSON_FILE_BYTES / 1024 / 1024} MB these settings files may hold`;
  else if (isUnreadable(read)) reason = read.unreadable;
  else {
    text = read.toString('utf8');
    reason = parseProblem(text, schema);
  }
  if (reason === null) return { kind: 'ok', value: schema.parse(JSON.parse(text)) };
  const movedTo = await setAside(file);
  return { kind: 'corrupt', reason, movedTo };
}

function parseProblem<T>(text: string, schema: z.ZodType<T>): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return text.trim() === '' ? 'the file is empty' : `not valid JSON (${(error as Error).message})`;
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? null : describeZodError(parsed.error);
}

async function setAside(file: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const { dir, name } = path.parse(file);
  const target = path.join(dir, `${name}.corrupt-${stamp}.json`);
  await rename(file, target);
  return target;
}

/** Temp file in the same folder, fsync, rename: readers see old or new, never half. */
export async function writeJsonFileAtomic(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n');
}

/** The same, finished before it returns (see writeFileAtomicSync). */
export function writeJsonFileAtomicSync(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomicSync(file, JSON.stringify(value, null, 2) + '\n');
}
