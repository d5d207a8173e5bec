/**
 * Every IPC reply is an envelope, never a thrown error: Electron flattens
 * thrown errors into an opaque string, and HTTP needs a body either way.
 */
export type IpcErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'forbidden'
  | 'internal'
  | 'unavailable'
  | 'not-found'
  /** A save based on an older revision than the file now on disk. */
  | 'conflict'
  | 'read-only'
  /** The method needs the desktop app (e.g. a native save dialog). */
  | 'unsupported';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

export const fail = (code: IpcErrorCode, message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message },
});
