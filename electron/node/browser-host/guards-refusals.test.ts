import { describe, expect, it } from 'vitest';
import { allowedHosts, checkHost, checkJsonContentType, checkOrigin, checkToken } from './guards';

// What each guard lets through and what it tells a refused caller: the
// status a page or a script sees, and the message the refusal body carries.
const PORT = 41234;
const headers = (fields: Record<string, string | string[]>) =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, ([] as string[]).concat(value)]));

describe('Host', () => {
  it('knows the page by both of its local names on this port, and no other', () => {
    expect(allowedHosts(PORT)).toEqual([`127.0.0.1:${PORT}`, `localhost:${PORT}`]);
    expect(checkHost(headers({ host: `127.0.0.1:${PORT}` }), PORT)).toBeNull();
    expect(checkHost(headers({ host: `localhost:${PORT}` }), PORT)).toBeNull();
  });

  it('refuses another host on our port, naming it', () => {
    expect(checkHost(headers({ host: `evil.example:${PORT}` }), PORT)).toEqual({
      status: 403,
      message: `Host "evil.example:${PORT}" is not allowed.`,
    });
  });

  it('refuses our host on another port', () => {
    expect(checkHost(headers({ host: `127.0.0.1:${PORT + 1}` }), PORT)).toMatchObject({ status: 403 });
  });

  it('refuses a request with no Host (HTTP/1.0), and a repeated one, saying which', () => {
    expect(checkHost(headers({}), PORT)).toEqual({ status: 403, message: 'Host "(missing)" is not allowed.' });
    expect(checkHost(headers({ host: [`127.0.0.1:${PORT}`, `127.0.0.1:${PORT}`] }), PORT)).toEqual({
      status: 403,
      message: 'Host "(repeated)" is not allowed.',
    });
  });
});

describe('Origin', () => {
  it('refuses another host name on our port and scheme', () => {
    expect(checkOrigin(headers({ origin: `http://evil.example:${PORT}` }), PORT)).toEqual({
      status: 403,
      message: `Origin "http://evil.example:${PORT}" is not allowed.`,
    });
  });

  it('refuses our host with no port (port 80 is not the page)', () => {
    expect(checkOrigin(headers({ origin: 'http://127.0.0.1' }), PORT)).toMatchObject({ status: 403 });
  });

  it('names a repeated Origin as such', () => {
    expect(checkOrigin(headers({ origin: [`http://127.0.0.1:${PORT}`, `http://127.0.0.1:${PORT}`] }), PORT)).toEqual({
      status: 403,
      message: 'Origin "(repeated)" is not allowed.',
    });
  });

  it('counts an Origin header with no value as absent (a non-browser client)', () => {
    expect(checkOrigin(headers({ origin: [] }), PORT)).toBeNull();
  });

  it('names the cross-site value it refused', () => {
    expect(checkOrigin(headers({ 'sec-fetch-site': 'same-origin, Cross-Site' }), PORT)).toEqual({
      status: 403,
      message: 'Cross-site request refused (cross-site).',
    });
  });

  it('checks Sec-Fetch-Site before Origin: a cross-site call from our own origin is still refused', () => {
    const fields = { origin: `http://127.0.0.1:${PORT}`, 'sec-fetch-site': 'same-site' };
    expect(checkOrigin(headers(fields), PORT)).toEqual({
      status: 403,
      message: 'Cross-site request refused (same-site).',
    });
  });
});

describe('token', () => {
  const token = '0123456789abcdef'.repeat(4);

  it('answers 401 with a message per way of getting it wrong', () => {
    expect(checkToken(headers({}), token)).toEqual({ status: 401, message: 'Missing API token.' });
    expect(checkToken(headers({ 'x-explorer-token': '' }), token)).toEqual({
      status: 401,
      message: 'Missing API token.',
    });
    expect(checkToken(headers({ 'x-explorer-token': [token, 'x'] }), token)).toEqual({
      status: 401,
      message: 'The API token was sent more than once.',
    });
    expect(checkToken(headers({ 'x-explorer-token': 'f'.repeat(64) }), token)).toEqual({
      status: 401,
      message: 'Wrong API token.',
    });
  });

  it('refuses a token that is only the start of the right one, or the right one and more', () => {
    expect(checkToken(headers({ 'x-explorer-token': token.slice(0, 32) }), token)).toMatchObject({ status: 401 });
    expect(checkToken(headers({ 'x-explorer-token': `${token}0` }), token)).toMatchObject({ status: 401 });
  });

  it('accepts exactly the right token', () => {
    expect(checkToken(headers({ 'x-explorer-token': token }), token)).toBeNull();
  });
});

describe('content type', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON ;charset=UTF-8'])(
    'accepts %s',
    (type) => {
      expect(checkJsonContentType(headers({ 'content-type': type }))).toBeNull();
    },
  );

  it.each([
    ['text/plain (a simple cross-site form post)', { 'content-type': 'text/plain' }],
    ['application/x-www-form-urlencoded', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['no content type', {}],
    ['a repeated content type', { 'content-type': ['application/json', 'application/json'] }],
  ])('refuses %s with 415', (_what, fields) => {
    expect(checkJsonContentType(headers(fields))).toEqual({
      status: 415,
      message: 'API calls must be application/json.',
    });
  });
});
