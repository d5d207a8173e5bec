import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender-check';

const mainFrame = { url: 'app://explorer/index.html#/service/lambda', parent: null };

describe('isTrustedSender', () => {
  it('accepts the main frame of the app:// page', () => {
    expect(isTrustedSender(mainFrame)).toBe(true);
  });

  it('refuses a null frame (a destroyed or navigated-away sender)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('refuses a sub-frame even when it is on the app origin', () => {
    expect(isTrustedSender({ url: 'app://explorer/index.html', parent: mainFrame })).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://other-host/index.html',
    // Our host name under another scheme is another origin (a page a DNS name "explorer" could serve).
    'https://explorer/index.html',
    'http://explorer/',
    'about:blank',
    'not a url',
  ])('refuses a foreign origin: %s', (url) => {
    expect(isTrustedSender({ url, parent: null })).toBe(false);
  });
});
