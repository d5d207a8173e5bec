import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-explorer-token';

/**
 * Headers as Node's `request.headersDistinct` gives them: every value of a
 * repeated header, unjoined. A guard that saw only a joined or a first value
 * could be talked past with a second copy.
 */
export type DistinctHeaders = NodeJS.Dict<string[]>;

export interface Refusal {
  status: number;
  message: string;
}

const LOCAL_HOSTNAMES = ['127.0.0.1', 'localhost'];

/** Only these Host values reach us: anything else is DNS rebinding or a proxy. */
export function allowedHosts(port: number): string[] {
  return LOCAL_HOSTNAMES.map((hostname) => `${hostname}:${port}`);
}

/** The one value of a header that may appear once; undefined when absent, null when repeated. */
function single(headers: DistinctHeaders, name: string): string | null | undefined {
  const values = headers[name];
  if (values === undefined || values.length === 0) return undefined;
  return values.length === 1 ? (values[0] as string) : null;
}

export function checkHost(headers: DistinctHeaders, port: number): Refusal | null {
  const host = single(headers, 'host');
  if (host && allowedHosts(port).includes(host.toLowerCase())) return null;
  const named = host === undefined ? '(missing)' : (host ?? '(repeated)');
  return { status: 403, message: `Host "${named}" is not allowed.` };
}

// What a page of our own origin sends: same-origin for its fetches, none for a typed-in address.
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/** Every value of every Sec-Fetch-Site header, as a list: one foreign value refuses the request. */
function checkFetchSite(headers: DistinctHeaders): Refusal | null {
  const values = (headers['sec-fetch-site'] ?? []).flatMap((value) => value.split(','));
  for (const value of values.map((v) => v.trim().toLowerCase())) {
    if (!OWN_FETCH_SITES.has(value)) return { status: 403, message: `Cross-site request refused (${value}).` };
  }
  return null;
}

/** True when `origin` is exactly one serialised origin, ours: http, a local host name, this port. */
function isOwnOrigin(origin: string, port: number): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // URL lowercases scheme and host; anything more than an origin (a path, user info, a list) changes it.
  if (url.origin !== origin.toLowerCase()) return false;
  return url.protocol === 'http:' && LOCAL_HOSTNAMES.includes(url.hostname) && url.port === String(port);
}

/**
 * Browsers send Origin on cross-origin requests and on every POST; a page of
 * another site must never reach the API, even with the token.
 */
export function checkOrigin(headers: DistinctHeaders, port: number): Refusal | null {
  const fetchSite = checkFetchSite(headers);
  if (fetchSite) return fetchSite;
  const origin = single(headers, 'origin');
  if (origin === undefined) return null;
  if (origin !== null && isOwnOrigin(origin, port)) return null;
  return { status: 403, message: `Origin "${origin ?? '(repeated)'}" is not allowed.` };
}

export function checkToken(headers: DistinctHeaders, token: string): Refusal | null {
  const given = single(headers, TOKEN_HEADER);
  if (given === undefined || given === '') return { status: 401, message: 'Missing API token.' };
  if (given === null) return { status: 401, message: 'The API token was sent more than once.' };
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  // timingSafeEqual needs equal lengths; comparing b to itself keeps the time constant.
  const same = a.length === b.length ? timingSafeEqual(a, b) : !timingSafeEqual(b, b);
  return same ? null : { status: 401, message: 'Wrong API token.' };
}

export function checkJsonContentType(headers: DistinctHeaders): Refusal | null {
  const type = single(headers, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return null;
  return { status: 415, message: 'API calls must be application/json.' };
}
