import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../common/ipc-schemas';
import { createHandlerTable, HandlerError, type Implementations } from './handler-table';

// The exact replies and log lines a caller (the renderer, a script over HTTP)
// and a developer reading the log get from the table, for each way a call goes.

const appInfo = { name: 'x', version: '1', shell: 'browser', platform: 'linux', dataDir: '/d', versions: {} } as const;

/** Only the methods these tests call do anything; the table treats every method alike. */
function implementations(overrides: Partial<Implementations>): Implementations {
  const never = async (): Promise<never> => {
    throw new Error('not used in this test');
  };
  return new Proxy({ ...overrides } as Implementations, {
    get: (target, key) => (key in target ? target[key as keyof Implementations] : never),
  });
}

describe('handler table replies', () => {
  it('names the unknown method it refused', async () => {
    const table = createHandlerTable(implementations({}));
    expect(await table.dispatch('deleteEverything', {})).toEqual({
      ok: false,
      error: { code: 'unknown-method', message: 'Unknown method "deleteEverything".' },
    });
  });

  it.each([
    ['constructor', '{"theme":"dark","constructor":{"prototype":{}}}'],
    ['prototype', '{"theme":"dark","x":{"prototype":{}}}'],
  ])('refuses a "%s" key as it does __proto__', async (key, json) => {
    const update = vi.fn();
    const table = createHandlerTable(implementations({ updatePreferences: update }));
    const result = await table.dispatch('updatePreferences', JSON.parse(json));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toContain(`the key "${key}" is not allowed`);
    expect(update).not.toHaveBeenCalled();
  });

  it('lets keys that merely contain a forbidden word through to the schema', async () => {
    const table = createHandlerTable(
      implementations({ updatePreferences: async (patch) => ({ preferences: { ...DEFAULT_PREFERENCES, ...patch } }) }),
    );
    // "constructorName" is no prototype key; the strict schema refuses it for being unknown, naming it.
    const result = await table.dispatch('updatePreferences', { constructorName: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).not.toContain('is not allowed');
  });

  it('finds a forbidden key behind a value that is not an object', async () => {
    const table = createHandlerTable(implementations({}));
    const input = JSON.parse('{"profiles":[1,"two",null,{"__proto__":{}}]}');
    expect(await table.dispatch('evaluateProfiles', input)).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Invalid input for evaluateProfiles: profiles.3.__proto__: the key "__proto__" is not allowed.',
      },
    });
  });

  it('prefixes a schema refusal with the method it was for', async () => {
    const table = createHandlerTable(implementations({}));
    const result = await table.dispatch('updatePreferences', { theme: 'purple' });
    expect(!result.ok && result.error.message).toMatch(/^Invalid input for updatePreferences: theme: /);
  });

  it('reports an unexpected failure with its message, and logs its stack for the developer', async () => {
    const log = vi.fn();
    const failure = new Error('disk on fire');
    const table = createHandlerTable(
      implementations({
        getAppInfo: async () => {
          throw failure;
        },
      }),
      log,
    );
    expect(await table.dispatch('getAppInfo', undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'getAppInfo failed: disk on fire' },
    });
    expect(log).toHaveBeenCalledWith(`getAppInfo failed: ${failure.stack}`);
  });

  it('logs the message of an error that has no stack', async () => {
    const log = vi.fn();
    const failure = new Error('no stack here');
    failure.stack = undefined;
    const table = createHandlerTable(
      implementations({
        getAppInfo: async () => {
          throw failure;
        },
      }),
      log,
    );
    await table.dispatch('getAppInfo', undefined);
    expect(log).toHaveBeenCalledWith('getAppInfo failed: no stack here');
  });

  it('reports and logs a thrown non-Error as text', async () => {
    const log = vi.fn();
    const table = createHandlerTable(
      implementations({
        getAppInfo: async () => {
          throw 'plain string';
        },
      }),
      log,
    );
    expect(await table.dispatch('getAppInfo', undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'getAppInfo failed: plain string' },
    });
    expect(log).toHaveBeenCalledWith('getAppInfo failed: plain string');
  });

  it('keeps a broken reply from the caller, says so, and logs which field broke', async () => {
    const log = vi.fn();
    const table = createHandlerTable(
      implementations({ getAppInfo: async () => ({ ...appInfo, name: 1 }) as never }),
      log,
    );
    expect(await table.dispatch('getAppInfo', undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'getAppInfo produced an invalid reply.' },
    });
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[0]).toMatch(/^getAppInfo produced an invalid reply: name: /);
  });

  it('passes a HandlerError through without logging it (it is meant for the user)', async () => {
    const log = vi.fn();
    const table = createHandlerTable(
      implementations({
        getAppInfo: async () => {
          throw new HandlerError('not-found', 'That profile is gone.');
        },
      }),
      log,
    );
    expect(await table.dispatch('getAppInfo', undefined)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That profile is gone.' },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('replies with what the reply schema kept', async () => {
    const table = createHandlerTable(implementations({ getAppInfo: async () => appInfo }));
    expect(await table.dispatch('getAppInfo', undefined)).toEqual({ ok: true, value: appInfo });
  });
});
