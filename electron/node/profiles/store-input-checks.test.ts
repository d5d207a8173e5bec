import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import { ProfileStoreError } from '../../common/profiles/profile-errors';
import {
  checkDeck,
  checkDiagrams,
  checkName,
  checkNotes,
  checkObject,
  checkPricedWith,
  checkRevision,
  checkStoredId,
  checkWorkload,
  isExampleId,
} from './store-input';

/**
 * What the store is handed over IPC, checked before anything reaches the disk:
 * the value kept, or the refusal a user reads (code and message word for word).
 */

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function refusal(check: () => unknown): { code: string; message: string } {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileStoreError);
    const { code, message } = error as ProfileStoreError;
    return { code, message };
  }
  throw new Error('expected a refusal');
}

describe('the fields of a profile', () => {
  it('keeps a name, trimmed; refuses a bad one naming why', () => {
    expect(checkName('  Checkout API ')).toBe('Checkout API');
    expect(refusal(() => checkName('   '))).toEqual({
      code: 'invalid',
      message: 'The name is not valid: a name is required. Nothing was saved.',
    });
    expect(refusal(() => checkName(42)).message).toMatch(/^The name is not valid: .+\. Nothing was saved\.$/);
  });

  it('keeps notes, takes none as empty, refuses notes that are not text', () => {
    expect(checkNotes('Line one\nline two')).toBe('Line one\nline two');
    expect(checkNotes(undefined)).toBe('');
    expect(checkNotes(null)).toBe('');
    expect(refusal(() => checkNotes(5)).message).toMatch(/^The notes are not valid: .+\. Nothing was saved\.$/);
  });

  it('takes a revision from 1 up to the largest safe whole number, and nothing else', () => {
    expect(checkRevision(1)).toBe(1);
    expect(checkRevision(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of [0, -1, 1.5, Number.MAX_SAFE_INTEGER + 1, '1', null]) {
      expect(refusal(() => checkRevision(bad)).message).toMatch(
        /^The revision is not valid: .+\. Nothing was saved\.$/,
      );
    }
  });

  it('keeps a workload; refuses a bad one naming the field under "workload"', () => {
    expect(checkWorkload({ ...DEFAULT_WORKLOAD, memoryMB: 2048 })).toMatchObject({ memoryMB: 2048 });
    expect(refusal(() => checkWorkload({ ...DEFAULT_WORKLOAD, memoryMB: 'lots' }))).toEqual({
      code: 'invalid',
      message: expect.stringMatching(/^The workload is not valid: workload\.memoryMB: .+\. Nothing was saved\.$/),
    });
  });

  it('gives a profile sent without a deck the default one, keeps an arranged deck, refuses a bad one under "deck"', () => {
    expect(checkDeck(undefined)).toEqual({ order: [], visibility: {} });
    const arranged = { order: ['title', 'recommendation'], visibility: { assumptions: 'hidden' } };
    expect(checkDeck(arranged)).toEqual(arranged);
    expect(refusal(() => checkDeck({ order: 'title', visibility: {} }))).toEqual({
      code: 'invalid',
      message: expect.stringMatching(/^The slide arrangement is not valid: deck\.order: .+\. Nothing was saved\.$/),
    });
  });

  it('keeps the price book a profile was priced with, or none; refuses a malformed one', () => {
    expect(checkPricedWith(undefined)).toBeUndefined();
    const book = { region: 'us-east-1', version: '2026-11-01' };
    expect(checkPricedWith(book)).toEqual(book);
    expect(refusal(() => checkPricedWith({ region: 'Mars', version: '1' }))).toEqual({
      code: 'invalid',
      message: 'The price book the profile was priced with is not valid. Nothing was saved.',
    });
    expect(refusal(() => checkPricedWith(null)).code).toBe('invalid');
  });

  it('keeps the user’s diagrams, leaves empty ones out, refuses bad ones naming the field', () => {
    expect(checkDiagrams(undefined)).toBeUndefined();
    expect(checkDiagrams({ edited: {}, extra: [] })).toBeUndefined();
    expect(checkDiagrams({})).toBeUndefined();
    const extra = {
      id: 'a1',
      title: 'Data flow',
      basedOn: null,
      edits: {
        changed: { groups: [], nodes: [] },
        added: { groups: [], nodes: [{ id: 's3', icon: 's3', lines: ['Reports bucket'] }], edges: [] },
        removed: { groups: [], nodes: [], edges: [] },
      },
    };
    expect(checkDiagrams({ edited: {}, extra: [extra] })).toMatchObject({ edited: {}, extra: [{ id: 'a1' }] });
    expect(refusal(() => checkDiagrams({ edited: {}, extra: 'none' }))).toEqual({
      code: 'invalid',
      message: expect.stringMatching(/^The diagrams are not valid: extra: .+\. Nothing was saved\.$/),
    });
  });
});

describe('ids and objects from another process', () => {
  it('passes a profile id on, and answers an example id or anything else before looking at the disk', () => {
    expect(checkStoredId(ID)).toBe(ID);
    expect(refusal(() => checkStoredId('example-web-api'))).toEqual({
      code: 'read-only',
      message: 'Examples cannot be changed. Save it as a copy to make it yours.',
    });
    for (const id of ['../outside', ID.toUpperCase(), `${ID}.json`, '', 42, null, undefined]) {
      expect(refusal(() => checkStoredId(id)).code).toBe('not-found');
    }
  });

  it('tells example ids from everything else', () => {
    expect(isExampleId('example-web-api')).toBe(true);
    expect(isExampleId(ID)).toBe(false);
    expect(isExampleId('example-')).toBe(false);
    expect(isExampleId(7)).toBe(false);
  });

  it('takes a plain object as it is, and refuses anything else naming what was sent', () => {
    const input = { name: 'x' };
    expect(checkObject(input, 'The profile')).toBe(input);
    for (const bad of [null, undefined, [], ['name'], 'profile', 42, true]) {
      expect(refusal(() => checkObject(bad, 'The profile'))).toEqual({
        code: 'invalid',
        message: 'The profile: expected an object. Nothing was saved.',
      });
    }
  });
});
