import { IPC_SCHEMAS, type IpcOutput, type IpcParsedInput } from '../../common/ipc-schemas';
import { isIpcMethod, type IpcMethod } from '../../common/ipc-channels';
import { fail, ok, type IpcErrorCode, type IpcResult } from '../../common/ipc-result';
import { findForbiddenKey } from '../../common/forbidden-keys';
import { describeZodError, fieldPath } from '../../common/schema-error';

export type Implementations = {
  [M in IpcMethod]: (input: IpcParsedInput<M>) => Promise<IpcOutput<M>>;
};

/** Thrown by an implementation when the message is meant for the user. */
export class HandlerError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Channel → async function of schema-validated input. Knows nothing of its
 * transport: Electron's ipcMain and the browser host's HTTP endpoint both
 * call `dispatch` with whatever arrived, as `unknown`.
 */
export interface HandlerTable {
  dispatch(method: string, rawInput: unknown): Promise<IpcResult<unknown>>;
}

export function createHandlerTable(
  implementations: Implementations,
  log: (message: string) => void = console.error,
): HandlerTable {
  return {
    async dispatch(method, rawInput) {
      if (!isIpcMethod(method)) return fail('unknown-method', `Unknown method "${method}".`);
      const forbidden = findForbiddenKey(rawInput);
      if (forbidden) {
        const where = fieldPath(forbidden.path);
        return fail(
          'invalid-input',
          `Invalid input for ${method}: ${where}: the key "${forbidden.key}" is not allowed.`,
        );
      }
      const schemas = IPC_SCHEMAS[method];
      const input = schemas.input.safeParse(rawInput);
      if (!input.success) {
        return fail('invalid-input', `Invalid input for ${method}: ${describeZodError(input.error)}`);
      }
      try {
        const implementation = implementations[method] as (input: unknown) => Promise<unknown>;
        const output = schemas.output.safeParse(await implementation(input.data));
        if (!output.success) {
          log(`${method} produced an invalid reply: ${describeZodError(output.error)}`);
          return fail('internal', `${method} produced an invalid reply.`);
        }
        return ok(output.data);
      } catch (error) {
        if (error instanceof HandlerError) return fail(error.code, error.message);
        log(`${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fail('internal', `${method} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
