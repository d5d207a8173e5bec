import { IPC_METHODS, type IpcMethod } from '../../../../electron/common/ipc-channels';
import type { IpcError } from '../../../../electron/common/ipc-result';
import { IPC_SCHEMAS, type ExplorerApi } from '../../../../electron/common/ipc-schemas';
import { describeZodError } from '../../../../electron/common/schema-error';
import type { Transport } from './transport';

export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

function unwrap(method: IpcMethod, reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    const envelope = reply as { ok: boolean; value?: unknown; error?: IpcError };
    if (!envelope.ok) throw new ApiError(envelope.error ?? { code: 'internal', message: `${method} failed.` });
    const parsed = IPC_SCHEMAS[method].output.safeParse(envelope.value);
    if (parsed.success) return parsed.data;
    throw new ApiError({
      code: 'internal',
      message: `${method}: unexpected reply (${describeZodError(parsed.error)})`,
    });
  }
  throw new ApiError({ code: 'internal', message: `${method}: malformed reply` });
}

/** Typed API over any transport; replies are parsed, never trusted. */
export function createApiClient(transport: Transport): ExplorerApi {
  return Object.fromEntries(
    IPC_METHODS.map((method) => [method, async (input?: unknown) => unwrap(method, await transport(method, input))]),
  ) as ExplorerApi;
}
