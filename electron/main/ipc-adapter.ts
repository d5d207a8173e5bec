import { ipcMain } from 'electron';
import { IPC_CHANNELS, IPC_METHODS } from '../common/ipc-channels';
import { fail } from '../common/ipc-result';
import type { HandlerTable } from '../node/ipc/handler-table';
import { isTrustedSender } from './sender-check';

/**
 * The one place ipcMain is touched: every channel goes through the same
 * sender check, then into the transport-free handler table.
 */
export function exposeHandlersOverIpc(handlers: HandlerTable): void {
  for (const method of IPC_METHODS) {
    ipcMain.handle(IPC_CHANNELS[method], (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail('forbidden', `IPC from an untrusted frame was refused (${event.senderFrame?.url ?? 'no frame'}).`);
      }
      return handlers.dispatch(method, input);
    });
  }
}
