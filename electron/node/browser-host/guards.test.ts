import { describe, expect, it } from 'vitest';
import { checkHost, checkOrigin, checkToken } from './guards';

const PORT = 41234;
// The guards read headers as Node's `headersDistinct` gives them: every value of a repeated header.
const headers = (fields: Record<string, string | string[]>) =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, ([] as string[]).concat(value)]));

describe('Origin and Sec-Fetch-Site are parsed, not string-matched', () => {
  it.each([
    ['the page itself', { origin: `http://127.0.0.1:${PORT}`, 'sec-fetch-site': 'same-origin' }],
    ['localhost', { origin: `http://localhost:${PORT}` }],
    ['an origin in capitals (the same origin)', { origin: `HTTP://LOCALHOST:${PORT}` }],
    ['a typed-in address (Sec-Fetch-Site: none)', { 'sec-fetch-site': 'none' }],
    ['a non-browser client that sends neither', {}],
  ])('lets %s through', (_what, fields) => {
    expect(checkOrigin(headers(fields), PORT)).toBeNull();
  });

  it.each([
    ['cross-site in capitals', { 'sec-fetch-site': 'Cross-Site' }],
    ['same-site with spaces', { 'sec-fetch-site': '  same-site ' }],
    ['a list that holds cross-site', { 'sec-fetch-site': 'same-origin, cross-site' }],
    ['a repeated header that holds cross-site', { 'sec-fetch-site': ['same-origin', 'cross-site'] }],
    ['a value no browser sends', { 'sec-fetch-site': 'sameorigin' }],
    ['the opaque origin "null"', { origin: 'null' }],
    ['another port', { origin: `http://127.0.0.1:${PORT + 1}` }],
    ['https', { origin: `https://127.0.0.1:${PORT}` }],
    ['a look-alike host', { origin: `http://127.0.0.1:${PORT}.evil.example` }],
    ['user info before the host', { origin: `http://127.0.0.1:${PORT}@evil.example` }],
    ['a path after the origin', { origin: `http://127.0.0.1:${PORT}/x` }],
    ['two origins in one header', { origin: `http://127.0.0.1:${PORT} https://evil.example` }],
    ['a repeated Origin header', { origin: [`http://127.0.0.1:${PORT}`, 'https://evil.example'] }],
    ['an origin that is no URL', { origin: 'not a url' }],
  ])('refuses %s with 403', (_what, fields) => {
    expect(checkOrigin(headers(fields), PORT)).toMatchObject({ status: 403 });
  });
});

describe('Host and token', () => {
  it('accepts the host in any case, and refuses a repeated Host header', () => {
    expect(checkHost(headers({ host: `LocalHost:${PORT}` }), PORT)).toBeNull();
    expect(checkHost(headers({ host: [`127.0.0.1:${PORT}`, 'evil.example'] }), PORT)).toMatchObject({ status: 403 });
  });

  it('refuses a token sent twice, even when one copy is right', () => {
    const token = 'a'.repeat(64);
    expect(checkToken(headers({ 'x-explorer-token': token }), token)).toBeNull();
    expect(checkToken(headers({ 'x-explorer-token': [token, token] }), token)).toMatchObject({ status: 401 });
  });
});
