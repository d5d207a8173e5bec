import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFile,
  classifyEntry,
  INCOMING_DIR,
  lockFile,
  namesLockFile,
  profileFile,
  TRASH_DIR,
} from './profile-paths';

/**
 * Every name in the profiles folder goes through classifyEntry: a profile
 * taken for something else disappears from the list, and a foreign file taken
 * for a profile (or the store's own files taken for dropped-in ones) would be
 * claimed, renamed or set aside. Names here are what a user or a crash leaves.
 */

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('what a name in the profiles folder is', () => {
  it.each([
    [`${ID}.json`, { kind: 'profile', id: ID }],
    [`${ID}.json.tmp`, { kind: 'temp', id: ID }],
    [`${ID}.lock.stale`, { kind: 'temp', id: ID }],
    ['export.tmp', { kind: 'temp', id: null }],
    [`x${ID}.json.tmp`, { kind: 'temp', id: null }],
    [`${ID}.lock`, { kind: 'lock', id: ID }],
    ['plan.json', { kind: 'foreign' }],
    ['PLAN.JSON', { kind: 'foreign' }],
    // Names that look like a profile's but are not: a foreign file, never read as profile <id>.
    [`${ID.toUpperCase()}.json`, { kind: 'foreign' }],
    [`${ID}.json.json`, { kind: 'foreign' }],
    [`copy of ${ID}.json`, { kind: 'foreign' }],
    [`${ID}-2.json`, { kind: 'foreign' }],
    // A UUID of another version (1, not 4) or variant (c, not 8, 9, a or b).
    ['0f8fad5b-d9cb-169f-a165-70867728950e.json', { kind: 'foreign' }],
    ['0f8fad5b-d9cb-469f-c165-70867728950e.json', { kind: 'foreign' }],
    // One hex digit short or too many in a group.
    ['0f8fad5-d9cb-469f-a165-70867728950e.json', { kind: 'foreign' }],
    ['0f8fad5b-d9cb-469f-a165-70867728950e0.json', { kind: 'foreign' }],
    ['0f8fad5g-d9cb-469f-a165-70867728950e.json', { kind: 'foreign' }],
    // The store's own files beside the profiles: never taken for dropped-in ones.
    [`${ID}.corrupt-2025-06-01T12-34-56-789Z.json`, { kind: 'ignored' }],
    ['plan.corrupt-2025-06-01T12-34-56-789Z-2.json', { kind: 'ignored' }],
    [`${ID}.v1.backup.json`, { kind: 'ignored' }],
    ['plan.backup.json', { kind: 'ignored' }],
    // …but a name that only contains those words is someone's file.
    ['corrupt-plan.json', { kind: 'foreign' }],
    ['plan.corrupt.json', { kind: 'foreign' }],
    ['my-backup.json', { kind: 'foreign' }],
    ['plan.backup.json.json', { kind: 'foreign' }],
    // The store's own names end in its suffix; one that has it only inside the name is someone's file.
    ['plan.corrupt-draft.json.JSON', { kind: 'foreign' }],
    ['plan.corrupt-draft.json (1).JSON', { kind: 'foreign' }],
    ['plan.backup.json.txt', { kind: 'ignored' }],
    // Not JSON, or hidden: left alone.
    ['notes.txt', { kind: 'ignored' }],
    [`${ID}.lock.txt`, { kind: 'ignored' }],
    ['plan.tmp.json', { kind: 'foreign' }],
    ['.hidden.json', { kind: 'ignored' }],
    [`.${ID}.json`, { kind: 'ignored' }],
    [TRASH_DIR, { kind: 'ignored' }],
    [INCOMING_DIR, { kind: 'ignored' }],
    ['.names.lock', { kind: 'ignored' }],
  ])('%s', (name, kind) => {
    expect(classifyEntry(name)).toEqual(kind);
  });
});

describe('the paths the store writes', () => {
  const dir = path.join('/profiles');

  it('names each file after the profile id, inside the folder', () => {
    expect(profileFile(dir, ID)).toBe(path.join(dir, `${ID}.json`));
    expect(lockFile(dir, ID)).toBe(path.join(dir, `${ID}.lock`));
    expect(backupFile(dir, ID, 3)).toBe(path.join(dir, `${ID}.v3.backup.json`));
    expect(namesLockFile(dir)).toBe(path.join(dir, '.names.lock'));
    expect([TRASH_DIR, INCOMING_DIR]).toEqual(['.trash', '.incoming']);
  });

  it.each([['../outside'], [`${ID}/../x`], [ID.toUpperCase()], [`${ID}.json`], [''], [`x${ID}`], [`${ID}x`]])(
    'refuses to make a path for the id %j, naming it',
    (id) => {
      const refusal = `Refusing a path for id ${JSON.stringify(id)}`;
      expect(() => profileFile(dir, id)).toThrow(refusal);
      expect(() => lockFile(dir, id)).toThrow(refusal);
      expect(() => backupFile(dir, id, 1)).toThrow(refusal);
    },
  );
});
