import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './external-links';

describe('isSafeExternalUrl', () => {
  it('lets plain https and http links go to the OS browser', () => {
    expect(isSafeExternalUrl('https://aws.amazon.com/lambda/pricing/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/')).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'https://user:pw@example.com/',
    'app://explorer/',
    '',
  ])('drops %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
