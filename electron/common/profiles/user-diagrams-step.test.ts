import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { makeRoomForUserDiagrams, USER_DIAGRAMS_FORMAT } from './user-diagrams-step';

describe('profile step: room for the user’s diagrams', () => {
  it('is the step into the diagrams format, and changes nothing but the version', () => {
    expect(MIGRATIONS[USER_DIAGRAMS_FORMAT - 1]).toBe(makeRoomForUserDiagrams);
    const old = { schemaVersion: USER_DIAGRAMS_FORMAT - 1, name: 'n', workload: { memoryMB: 512 }, extra: 1 };
    expect(makeRoomForUserDiagrams(Object.freeze(old))).toEqual({ ...old, schemaVersion: USER_DIAGRAMS_FORMAT });
  });

  it('leaves what is not an object for the schema to name', () => {
    expect(makeRoomForUserDiagrams([1])).toEqual([1]);
  });
});
