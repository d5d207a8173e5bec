import { describe, expect, it } from 'vitest';
import { HandlerError } from '../ipc/handler-table';
import { checkExportBytes, svgProblem } from './export-bytes';
import { readPng } from './png-header';
import { pngBytes, svgBytes, utf8 } from './test-files.test-helper';

function refusal(run: () => unknown): HandlerError {
  try {
    run();
  } catch (error) {
    if (error instanceof HandlerError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('PNG check', () => {
  it('reads the size from a real PNG’s header', () => {
    expect(readPng(pngBytes(7, 5))).toEqual({ ok: true, size: { width: 7, height: 5 } });
    expect(checkExportBytes(pngBytes(7, 5), 'png')).toEqual({ width: 7, height: 5 });
  });

  it.each([
    ['random bytes', new Uint8Array(64).map((_, i) => (i * 37 + 11) % 256), /PNG signature/],
    ['an HTML page', utf8('<!doctype html><html><body>hi</body></html>'), /PNG signature/],
    ['a cut-short PNG', pngBytes().subarray(0, 40), /cut short/],
    ['just the signature', pngBytes().subarray(0, 8), /image header/],
  ])('refuses %s', (_name, bytes, reason) => {
    const error = refusal(() => checkExportBytes(bytes, 'png'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^The file was not saved: it is not a PNG/);
    expect(error.message).toMatch(reason);
  });

  it('refuses a PNG whose header was tampered with', () => {
    const bytes = pngBytes();
    bytes[19] = 99; // the width's low byte, without fixing the CRC
    expect(readPng(bytes)).toEqual({ ok: false, problem: 'its image header is damaged (bad CRC)' });
  });

  it('refuses an SVG sent as a PNG', () => {
    expect(refusal(() => checkExportBytes(svgBytes(), 'png')).message).toMatch(/not a PNG/);
  });
});

describe('SVG check', () => {
  it('accepts our kind of SVG, with a BOM, XML declaration, comments and a doctype', () => {
    expect(checkExportBytes(svgBytes(), 'svg')).toBeNull();
    const prolog =
      '\uFEFF<?xml version="1.0"?>\n<!-- made by Compute Explorer -->\n' +
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n';
    expect(
      svgProblem(utf8(`${prolog}<svg xmlns="http://www.w3.org/2000/svg"><text>a > b — ünïcode</text></svg>`)),
    ).toBeNull();
  });

  it('accepts embedded fonts, styles with CDATA and labels in a foreignObject', () => {
    const body =
      '<style><![CDATA[@font-face{font-family:Inter;src:url(data:font/woff2;base64,d09GMgABAAAAA/on=)} .a > .b {fill:red}]]></style>' +
      '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">Lambda<br/>API</div></foreignObject>' +
      '<image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" title="x > y"/>';
    expect(svgProblem(svgBytes(body))).toBeNull();
  });

  it('refuses a PNG sent as an SVG', () => {
    expect(refusal(() => checkExportBytes(pngBytes(), 'svg')).message).toBe(
      'The file was not saved: it is a PNG, not an SVG.',
    );
  });

  it.each([
    ['an HTML page', '<!doctype html><html><body><svg></svg></body></html>', /not an SVG doctype/],
    ['HTML without a doctype', '<html><svg></svg></html>', /root element is not <svg>/],
    ['plain text', 'hello', /root element is not <svg>/],
    ['an <svgx> root', '<svgx></svgx>', /root element is not <svg>/],
    ['a doctype declaring entities', '<!DOCTYPE svg [<!ENTITY a "b">]><svg>&a;</svg>', /declares entities/],
    ['a script element', '<svg><script>alert(1)</script></svg>', /<script> element/],
    ['a namespaced script element', '<svg><html:SCRIPT>alert(1)</html:SCRIPT></svg>', /<script> element/],
    ['an onload attribute', '<svg onload="alert(1)"></svg>', /event-handler attribute \(onload\)/],
    ['an event handler hidden after a quoted ">"', '<svg><g a=">" onclick=\'x()\'></g></svg>', /onclick/],
    ['a javascript: link', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', /javascript: URL/],
    ['a javascript: link spelt with entities', '<svg><a href=" jav&#x61;script&#58;x"/></svg>', /javascript: URL/],
    ['an animated javascript: link', '<svg><a><set attributeName="href" to="javascript:x"/></a></svg>', /javascript:/],
    ['an unterminated tag', '<svg><rect width="1></svg>', /could not be read/],
    ['an unterminated comment', '<svg><!-- x </svg>', /could not be read/],
  ])('refuses %s', (_name, text, reason) => {
    const error = refusal(() => checkExportBytes(utf8(text), 'svg'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^The file was not saved: it is not an SVG we would write/);
    expect(error.message).toMatch(reason);
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...utf8('<svg><text>'), 0xff, 0xfe, ...utf8('</text></svg>')]);
    expect(svgProblem(bytes)).toBe('it is not UTF-8 text');
  });
});
