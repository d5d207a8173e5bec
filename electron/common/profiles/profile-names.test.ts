import { describe, expect, it } from 'vitest';
import { copyName, displayFileName, exportFileName, fileSizeText, nameFromFileName, uniqueName } from './profile-names';
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

  it('reads a line break in a file name as a space', () => {
    expect(nameFromFileName('nightly\netl.json')).toBe('nightly etl');
  });

  it('quotes a file by its base name, without control characters, cut when endless', () => {
    expect(displayFileName('/home/me/checkout.json')).toBe('checkout.json');
    expect(displayFileName('two\nlines.json')).toBe('two?lines.json');
    expect(displayFileName(`${'x'.repeat(200)}.json`)).toHaveLength(80);
  });

  it('gives file sizes as a person reads them', () => {
    // 2.5 × 1,048,576 = 2,621,440 bytes.
    expect(fileSizeText(2_621_440)).toBe('2.5 MB');
    expect(fileSizeText(1_048_576)).toBe('1 MB');
    expect(fileSizeText(839_680)).toBe('820 KB');
  });
});
