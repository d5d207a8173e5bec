import { describe, expect, it } from 'vitest';
import { copyName, exportFileName, nameFromFileName, uniqueName } from './profile-names';
import { PROFILE_NAME_MAX, profileNameSchema } from './profile-schema';

describe('profile names', () => {
  it('de-duplicates like "Checkout API (2)", ignoring case', () => {
    expect(uniqueName('Checkout API', ['Other'])).toBe('Checkout API');
    expect(uniqueName('Checkout API', ['checkout api'])).toBe('Checkout API (2)');
    expect(uniqueName('Checkout API', ['Checkout API', 'Checkout API (2)'])).toBe('Checkout API (3)');
  });

  it('keeps a de-duplicated or copied long name within the limit without splitting an emoji', () => {
    const long = '🚀'.repeat(PROFILE_NAME_MAX / 2);
    for (const name of [uniqueName(long, [long]), copyName(long)]) {
      expect(profileNameSchema.safeParse(name).success).toBe(true);
      expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it.each([
    ['Checkout API', 'checkout-api.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['a/b\\c:d*e?"f<g>h|', 'a-b-c-d-e-f-g-h.json'],
    ['Café Crème', 'cafe-creme.json'],
    ['שלום עולם', 'שלום-עולם.json'],
    ['🚀🚀', 'profile.json'],
    ['CON', 'con-profile.json'],
    ['...', 'profile.json'],
  ])('exports %j as the safe file name %j', (name, fileName) => {
    expect(exportFileName(name)).toBe(fileName);
  });

  it('caps an export file name', () => {
    expect(exportFileName('x'.repeat(500)).length).toBeLessThanOrEqual(65);
  });

  it('takes a name from an imported file name, never a path', () => {
    expect(nameFromFileName('C:\\fakepath\\checkout-api.json')).toBe('checkout-api');
    expect(nameFromFileName('Black Friday.cxprofile')).toBe('Black Friday');
    expect(nameFromFileName('../x/Nightly\u0000 job.JSON')).toBe('Nightly job');
    expect(nameFromFileName('.json')).toBeNull();
    expect(nameFromFileName(undefined)).toBeNull();
  });
});
