import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../common/ipc-schemas';
import { BUNDLED_PRICE_BOOK } from '../../common/pricing';
import { priceBookReply } from '../../common/pricing-ipc';
import { createHandlerTable, HandlerError, type Implementations } from './handler-table';

function implementations(overrides: Partial<Implementations> = {}): Implementations {
  return {
    getAppInfo: async () => ({
      name: 'x',
      version: '1',
      shell: 'browser',
      platform: 'linux',
      dataDir: '/d',
      versions: {},
    }),
    getPreferences: async () => ({ preferences: DEFAULT_PREFERENCES }),
    updatePreferences: async (patch) => ({ preferences: { ...DEFAULT_PREFERENCES, ...patch } }),
    getPriceBook: async () => priceBookReply(BUNDLED_PRICE_BOOK),
    evaluatePricing: async () => ({ status: 'superseded' }),
    findBreakEven: async () => ({ status: 'superseded' }),
    ...otherMethodsNotUsedHere(),
    ...overrides,
  };
}

/** The table's behaviour doesn't depend on which method it runs; these are never called. */
function otherMethodsNotUsedHere(): Omit<
  Implementations,
  'getAppInfo' | 'getPreferences' | 'updatePreferences' | 'getPriceBook' | 'evaluatePricing' | 'findBreakEven'
> {
  const never = async (): Promise<never> => {
    throw new Error('not used in this test');
  };
  return {
    evaluateProfiles: never,
    profileKeyFigures: never,
    listProfiles: never,
    getProfile: never,
    createProfile: never,
    saveProfile: never,
    renameProfile: never,
    duplicateProfile: never,
    deleteProfile: never,
    restoreProfile: never,
    importProfile: never,
    exportProfile: never,
    waitForProfileChanges: never,
    listPriceBooks: never,
    saveExportFile: never,
    chooseExportFolder: never,
    writeExportFile: never,
    copyImageToClipboard: never,
    exportReportPdf: never,
    waitForShellEvents: never,
    choosePriceFiles: never,
    startPriceImport: never,
    sendPriceFileChunk: never,
    waitForPriceJob: never,
    cancelPriceJob: never,
    planPriceUpdate: never,
    startPriceUpdate: never,
    getPriceBookData: never,
    getCachedDiagrams: never,
    storeCachedDiagrams: never,
  };
}

describe('handler table', () => {
  it('passes validated input to the implementation and wraps its reply', async () => {
    const table = createHandlerTable(implementations());
    const result = await table.dispatch('updatePreferences', { theme: 'dark' });
    expect(result).toEqual({ ok: true, value: { preferences: { ...DEFAULT_PREFERENCES, theme: 'dark' } } });
  });

  it('refuses an unknown method without calling anything', async () => {
    const table = createHandlerTable(implementations());
    expect(await table.dispatch('deleteEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(await table.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('refuses invalid input, naming the bad field, before the implementation runs', async () => {
    const update = vi.fn();
    const table = createHandlerTable(implementations({ updatePreferences: update }));
    const result = await table.dispatch('updatePreferences', { theme: 'purple' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toContain('theme');
    expect(update).not.toHaveBeenCalled();
  });

  it('refuses unknown keys (strict schemas), including __proto__', async () => {
    const table = createHandlerTable(implementations());
    const result = await table.dispatch(
      'updatePreferences',
      JSON.parse('{"__proto__": {"polluted": true}, "extra": 1}'),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    [
      'inside a record, where the schema would drop it',
      'evaluatePricing',
      '{"priceOverrides":{"__proto__":{"x":1}}}',
      'priceOverrides.__proto__',
    ],
    ['at the top', 'updatePreferences', '{"theme":"dark","__proto__":{"polluted":true}}', '__proto__'],
    [
      'deep in a list',
      'evaluateProfiles',
      '{"profiles":[{"a":{"b":[{"__proto__":null}]}}]}',
      'profiles.0.a.b.0.__proto__',
    ],
  ])(
    'refuses a __proto__ key %s, naming where it is, before the implementation runs',
    async (_where, method, json, path) => {
      const run = vi.fn();
      const table = createHandlerTable(implementations({ [method]: run }));
      const result = await table.dispatch(method, JSON.parse(json));
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid-input',
          message: `Invalid input for ${method}: ${path}: the key "__proto__" is not allowed.`,
        },
      });
      expect(run).not.toHaveBeenCalled();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('walks input with cycles (Electron IPC allows them) without looping', async () => {
    const table = createHandlerTable(implementations());
    const cyclic: Record<string, unknown> = { theme: 'dark' };
    cyclic.self = cyclic;
    expect(await table.dispatch('updatePreferences', cyclic)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('refuses input for a method that takes none', async () => {
    const table = createHandlerTable(implementations());
    expect(await table.dispatch('getAppInfo', { sneaky: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('reports a HandlerError with its own code and message', async () => {
    const table = createHandlerTable(
      implementations({
        getPreferences: async () => {
          throw new HandlerError('unavailable', 'The store is busy.');
        },
      }),
    );
    expect(await table.dispatch('getPreferences', undefined)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The store is busy.' },
    });
  });

  it('turns an unexpected throw into an internal error and logs it', async () => {
    const log = vi.fn();
    const table = createHandlerTable(
      implementations({
        getAppInfo: async () => {
          throw new Error('disk on fire');
        },
      }),
      log,
    );
    expect(await table.dispatch('getAppInfo', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('never lets an implementation send a reply that breaks the contract', async () => {
    const log = vi.fn();
    const table = createHandlerTable(implementations({ getAppInfo: async () => ({ name: 1 }) as never }), log);
    expect(await table.dispatch('getAppInfo', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
