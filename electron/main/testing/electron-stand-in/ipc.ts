import { EventEmitter } from 'node:events';
import type { ContractLog } from './contract';
import type { FrameStandIn, WebContentsStandIn } from './windows';

type InvokeHandler = (event: InvokeEvent, ...args: unknown[]) => unknown;

/** The parts of IpcMainInvokeEvent the app may read. */
export interface InvokeEvent {
  sender: WebContentsStandIn | null;
  senderFrame: FrameStandIn | null;
  frameId: number;
  processId: number;
}

/**
 * IPC values cross processes by the structured clone algorithm: a function,
 * a promise or a symbol throws, and prototypes are lost.
 */
function cloneForIpc(value: unknown, what: string): unknown {
  try {
    return structuredClone(value);
  } catch (error) {
    throw new Error(`${what} could not be cloned: ${(error as Error).message}`);
  }
}

/** `ipcMain`: one handler per channel, invoked with cloned values. */
export class IpcMainStandIn extends EventEmitter {
  private readonly handlers = new Map<string, InvokeHandler>();

  constructor(private readonly log: ContractLog) {
    super();
  }

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) {
      this.log.fail('ipcMainHandle', `Attempted to register a second handler for '${channel}'`);
    }
    if (typeof handler !== 'function') {
      this.log.fail('ipcMainHandle', `Expected handler to be a function, but found type '${typeof handler}'`);
    }
    this.handlers.set(channel, handler);
  }

  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return handler(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  channels(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * What `ipcRenderer.invoke(channel, ...args)` from `frame` receives. Rejects
   * as Electron does: no handler, a handler that throws, or a reply that
   * cannot be cloned (the last is also logged: it is the app's bug).
   */
  async invoke(
    channel: string,
    sender: WebContentsStandIn | null,
    frame: FrameStandIn | null,
    args: unknown[],
  ): Promise<unknown> {
    const cloned = cloneForIpc(args, `the arguments to '${channel}'`) as unknown[];
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered for '${channel}'`);
    let reply: unknown;
    try {
      reply = await handler({ sender, senderFrame: frame, frameId: 1, processId: 1 }, ...cloned);
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
    }
    try {
      return cloneForIpc(reply, `the reply of '${channel}'`);
    } catch (error) {
      this.log.note('ipcRendererInvoke', (error as Error).message);
      throw error;
    }
  }
}
