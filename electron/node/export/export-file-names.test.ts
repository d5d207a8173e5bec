import { describe, expect, it } from 'vitest';
import { exportFileName, plainFileNameProblem, safeBaseName, withExtension } from './export-file-names';

describe('export file names', () => {
  it.each([
    ['compute-explorer-fargate-light@2x.png', 'png', 'compute-explorer-fargate-light@2x.png'],
    ['compute-explorer-lambda-dark', 'svg', 'compute-explorer-lambda-dark.svg'],
    ['Störung – 東京 workload', 'png', 'Störung – 東京 workload.png'],
    ['../../etc/passwd', 'png', 'etc-passwd.png'],
    ['C:\\Windows\\evil', 'svg', 'C-Windows-evil.svg'],
    ['a<b>c:d"e|f?g*h', 'png', 'a-b-c-d-e-f-g-h.png'],
    ['bell\u0007and\u0000nul', 'png', 'bellandnul.png'],
    ['invoice\u202Egnp.exe', 'png', 'invoicegnp.exe.png'],
    ['  spaced   out  ', 'png', 'spaced out.png'],
    ['trailing dots...', 'png', 'trailing dots.png'],
    ['.hidden', 'png', 'hidden.png'],
    ['..', 'png', 'diagram.png'],
    ['', 'svg', 'diagram.svg'],
    ['CON', 'png', 'CON_.png'],
    ['nul.txt', 'png', 'nul_.txt.png'],
    ['Com3 .backup', 'svg', 'Com3_ .backup.svg'],
    ['lpt1', 'svg', 'lpt1_.svg'],
    ['console', 'png', 'console.png'],
    ['photo.PNG', 'png', 'photo.png'],
    ['diagram.svg', 'png', 'diagram.png'],
  ] as const)('“%s” as %s becomes “%s”', (suggested, kind, expected) => {
    expect(exportFileName(suggested, kind)).toBe(expected);
  });

  it('caps a long name in UTF-8 bytes without splitting a character', () => {
    const name = safeBaseName('日本'.repeat(200));
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(180);
    expect(name).toMatch(/^(日本)+日?$/u);
  });

  it('adds the extension to a chosen path that lacks it, and keeps one already there', () => {
    expect(withExtension('/home/ana/diagram', 'png')).toBe('/home/ana/diagram.png');
    expect(withExtension('/home/ana/diagram.jpg', 'png')).toBe('/home/ana/diagram.jpg.png');
    expect(withExtension('/home/ana/Diagram.PNG', 'png')).toBe('/home/ana/Diagram.PNG');
    expect(withExtension('/home/ana/diagram.png', 'svg')).toBe('/home/ana/diagram.png.svg');
  });

  it.each([
    ['../x.png', /a path/],
    ['sub/x.png', /a path/],
    ['sub\\x.png', /a path/],
    ['/tmp/x.png', /a path/],
    ['x\0.png', /NUL/],
    ['..', /names a folder/],
    ['x.txt', /\.png or \.svg/],
    ['x', /\.png or \.svg/],
    ['.x.png', /a safe one would be "x\.png"/],
    ['CON.png', /not a plain file name/],
    ['a:b.svg', /not a plain file name/],
  ])('refuses “%s” as a file name in a granted folder', (name, reason) => {
    expect(plainFileNameProblem(name)).toMatch(reason);
  });

  it('accepts the names Export all writes', () => {
    expect(plainFileNameProblem('compute-explorer-fargate-light@2x.png')).toBeNull();
    expect(plainFileNameProblem('Störung 東京.svg')).toBeNull();
  });
});
