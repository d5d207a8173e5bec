import { describe, expect, it } from 'vitest';
import { APP_URL, isAppUrl } from './app-origin';

describe('the app origin', () => {
  it('is the privileged app:// scheme the window loads, never file://', () => {
    // The window opens APP_URL; the sender check, navigation guard and protocol handler must agree on it.
    expect(new URL(APP_URL).protocol).toBe('app:');
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}index.html#/costs`)).toBe(true);
  });

  it('is neither the same host under another scheme nor another host under ours', () => {
    const { host } = new URL(APP_URL);
    expect(isAppUrl(`https://${host}/`)).toBe(false);
    expect(isAppUrl(`file://${host}/index.html`)).toBe(false);
    expect(isAppUrl('app://elsewhere/')).toBe(false);
  });
});
