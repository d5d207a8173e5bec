import './zod-no-eval';
import * as z from 'zod';

/**
 * Browser mode's persistent channel: the same calls as `POST /api/<method>`,
 * over one WebSocket, each tagged with an id so replies can come back in any
 * order (a long poll must not hold up a slider's prices).
 */
export const SOCKET_PATH = '/api/socket';

/** Offered by the page and chosen by the host: a client that does not speak it is refused. */
export const SOCKET_PROTOCOL = 'compute-explorer.v1';

/**
 * A browser cannot set headers on a WebSocket, so the per-launch token rides
 * in the only header it can set, as a second offered subprotocol (never
 * chosen, never echoed, never in a URL or a log).
 */
export const SOCKET_TOKEN_PREFIX = 'explorer-token.';

export const socketCallSchema = z
  .object({
    id: z.int().nonnegative(),
    method: z.string().min(1).max(100),
    input: z.unknown().optional(),
  })
  .strict();

export type SocketCall = z.infer<typeof socketCallSchema>;

/** The reply carries the call's id and the same `{ ok, value | error }` envelope the HTTP API and IPC return. */
export interface SocketReply {
  id: number;
  result: unknown;
}
