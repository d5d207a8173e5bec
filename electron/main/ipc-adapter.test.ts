import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_METHODS } from '../common/ipc-channels';
import type { HandlerTable } from '../node/ipc/handler-table';

type Listener = (event: { senderFrame: unknown }, input: unknown) => unknown;

// Electron's binary is not on this machine: ipcMain is a recorder of the
// listeners the adapter registers, so the tests can send to them as a frame would.
const registered = vi.hoisted(() => new Map<string, Listener>());
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) },
}));

const { exposeHandlersOverIpc } = await import('./ipc-adapter');

const appFrame = { url: 'app://explorer/index.html#/costs', parent: null };

function recordingTable(): HandlerTable & { calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  return {
    calls,
    dispatch: async (method, input) => {
      calls.push([method, input]);
      return { ok: true, value: `reply to ${method}` };
    },
  };
}

describe('exposeHandlersOverIpc', () => {
  beforeEach(() => registered.clear());

  it('listens on every IPC channel, under its channel name', () => {
    exposeHandlersOverIpc(recordingTable());
    expect([...registered.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('hands a message from the app page to the handler table under its method name', async () => {
    const table = recordingTable();
    exposeHandlersOverIpc(table);
    for (const method of IPC_METHODS) {
      const reply = await registered.get(IPC_CHANNELS[method])!({ senderFrame: appFrame }, { asked: method });
      expect(reply).toEqual({ ok: true, value: `reply to ${method}` });
    }
    expect(table.calls).toEqual(IPC_METHODS.map((method) => [method, { asked: method }]));
  });

  it('refuses a message from another origin, naming it, without reaching the handlers', async () => {
    const table = recordingTable();
    exposeHandlersOverIpc(table);
    const reply = await registered.get(IPC_CHANNELS.getProfile)!(
      { senderFrame: { url: 'https://evil.example/page', parent: null } },
      { id: 'x' },
    );
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'IPC from an untrusted frame was refused (https://evil.example/page).',
      },
    });
    expect(table.calls).toEqual([]);
  });

  it('refuses a message from an iframe of the app page', async () => {
    const table = recordingTable();
    exposeHandlersOverIpc(table);
    const reply = await registered.get(IPC_CHANNELS.saveProfile)!(
      { senderFrame: { url: 'app://explorer/index.html', parent: appFrame } },
      {},
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(table.calls).toEqual([]);
  });

  it('refuses a message whose frame is gone, saying so', async () => {
    const table = recordingTable();
    exposeHandlersOverIpc(table);
    const reply = await registered.get(IPC_CHANNELS.deleteProfile)!({ senderFrame: null }, {});
    expect(reply).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'IPC from an untrusted frame was refused (no frame).' },
    });
    expect(table.calls).toEqual([]);
  });
});
