import { describe, expect, it } from 'vitest';
import { exampleIdSchema, profileIdSchema, profileNameSchema, profileNotesSchema } from './profile-schema';
import { parseJsonObject } from './safe-json';

describe('profile names and ids', () => {
  it.each([
    ['emoji', '🚀 Launch 🚀'],
    ['right-to-left text', 'שרת API ציבורי'],
    ['Arabic with a right-to-left mark', 'واجهة برمجية\u200f'],
    ['path-looking text (names never become paths)', '../../etc/passwd'],
    ['slashes', 'a/b\\c'],
  ])('accepts %s as a name, unchanged', (_what, name) => {
    expect(profileNameSchema.parse(name)).toBe(name);
  });

  it.each([
    ['empty', '   ', /a name is required/],
    ['NUL', 'a\u0000b', /control characters/],
    ['a line break', 'a\nb', /control characters/],
    ['a lone surrogate', 'a\uD800b', /control characters/],
    ['too long', 'x'.repeat(121), /at most 120/],
  ])('refuses a name that is %s', (_what, name, message) => {
    const parsed = profileNameSchema.safeParse(name);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join()).toMatch(message);
  });

  it('trims names', () => {
    expect(profileNameSchema.parse('  Checkout  ')).toBe('Checkout');
  });

  it('allows line breaks and tabs in notes but no other control characters', () => {
    expect(profileNotesSchema.safeParse('line 1\r\n\tline 2').success).toBe(true);
    expect(profileNotesSchema.safeParse('bell\u0007').success).toBe(false);
  });

  it('takes only crypto.randomUUID() ids for stored profiles', () => {
    expect(profileIdSchema.safeParse(crypto.randomUUID()).success).toBe(true);
    for (const bad of [
      '../x',
      'ABCDEF12-3456-4789-8abc-def012345678',
      'example-public-api-backend',
      '',
      'x'.repeat(36),
    ]) {
      expect(profileIdSchema.safeParse(bad).success).toBe(false);
    }
    expect(exampleIdSchema.safeParse('example-../x').success).toBe(false);
  });
});

describe('reading untrusted JSON text', () => {
  it.each([
    ['', 'the file is empty'],
    ['\uFEFF  \n', 'the file is empty'],
    ['{"name": "x"', /^it is not valid JSON/],
    ['[1, 2]', 'expected a JSON object, found an array'],
    ['null', 'expected a JSON object, found null'],
    ['"text"', 'expected a JSON object, found a string'],
    ['{"a":\u0000}', 'this is a binary file, not JSON text'],
    ['{"__proto__": {"polluted": true}}', 'it contains the forbidden key "__proto__"'],
    ['{"workload": {"constructor": {"prototype": 1}}}', /forbidden key "(prototype|constructor)"/],
  ])('explains why %j is refused', (text, reason) => {
    const parsed = parseJsonObject(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseJsonObject('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
