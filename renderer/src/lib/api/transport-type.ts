import type { IpcMethod } from '../../../../electron/common/ipc-channels';

/** Sends one call and resolves to the reply envelope, still unparsed. */
export type Transport = (method: IpcMethod, input: unknown) => Promise<unknown>;
