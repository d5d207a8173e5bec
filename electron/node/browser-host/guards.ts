import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_HEADER = 'x-explorer-token';

export interface Refusal {
  status: number;
  message: string;
}

/** Only these Host values reach us: anything else is DNS rebinding or a proxy. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function checkHost(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const host = headers.host;
  if (host && allowedHosts(port).includes(host)) return null;
  return { status: 403, message: `Host "${host ?? ''}" is not allowed.` };
}

/**
 * Browsers send Origin on cross-origin requests and on every POST; a page of
 * another site must never reach the API, even with the token.
 */
export function checkOrigin(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
    return { status: 403, message: `Cross-site request refused (${fetchSite}).` };
  }
  const origin = headers.origin;
  if (origin === undefined) return null;
  if (allowedHosts(port).some((host) => origin === `http://${host}`)) return null;
  return { status: 403, message: `Origin "${origin}" is not allowed.` };
}

export function checkToken(headers: IncomingHttpHeaders, token: string): Refusal | null {
  const given = headers[TOKEN_HEADER];
  if (typeof given !== 'string' || given === '') {
    return { status: 401, message: 'Missing API token.' };
  }
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  // timingSafeEqual needs equal lengths; comparing b to itself keeps the time constant.
  const same = a.length === b.length ? timingSafeEqual(a, b) : !timingSafeEqual(b, b);
  return same ? null : { status: 401, message: 'Wrong API token.' };
}

export function checkJsonContentType(headers: IncomingHttpHeaders): Refusal | null {
  const type = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return null;
  return { status: 415, message: 'API calls must be application/json.' };
}
