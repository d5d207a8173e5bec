import type { ExportKind } from '../../common/desktop-ipc';
import { HandlerError } from '../ipc/handler-table';
import { looksLikePng, readPng, type PngSize } from './png-header';
import { csvProblem, xlsxProblem } from './table-export-bytes';

/** Where an SVG's root element may be preceded: a BOM, whitespace, the XML declaration, comments, a doctype. */
const PROLOG = /^\uFEFF?(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+svg\b[^[>]*>)*/i;
const ROOT_SVG = /^<svg[\s>/]/;
const SCRIPT_ELEMENT = /<(?:[\w.-]+:)?script[\s>/]/i;

/**
 * The problem with `bytes` as an SVG we would write, or null. Our exports
 * never script, so anything that could run when the saved file is opened
 * (a script element, an event-handler attribute, a javascript: URL) is
 * refused rather than cleaned.
 */
export function svgProblem(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'it is not UTF-8 text';
  }
  const prolog = PROLOG.exec(text)![0];
  const rest = text.slice(prolog.length);
  if (/^<!DOCTYPE/i.test(rest)) return 'its doctype declares entities or is not an SVG doctype';
  if (!ROOT_SVG.test(rest)) return 'its root element is not <svg>';
  if (SCRIPT_ELEMENT.test(rest)) return 'it contains a <script> element';
  for (const tag of startTags(rest)) {
    if (tag === null) return 'its markup could not be read (an unterminated tag, comment or CDATA section)';
    for (const { name, value } of tag) {
      if (/^on/i.test(localName(name))) return `it has an event-handler attribute (${name})`;
      if (/javascript:/i.test(normalisedUrl(value))) return 'it contains a javascript: URL';
    }
  }
  return null;
}

interface Attribute {
  name: string;
  value: string;
}

const ATTRIBUTE = /\s*([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/y;
const TAG_END = /\s*\/?>/y;

/**
 * Every start tag's attributes, in order; null where the markup cannot be
 * read. Quotes are respected, so a ">" inside a value cannot hide what follows.
 */
function* startTags(text: string): Generator<Attribute[] | null> {
  let at = text.indexOf('<');
  while (at !== -1) {
    const skipTo = (closer: string): number => {
      const end = text.indexOf(closer, at);
      return end === -1 ? -1 : end + closer.length;
    };
    let next: number;
    if (text.startsWith('<!--', at)) next = skipTo('-->');
    else if (text.startsWith('<![CDATA[', at)) next = skipTo(']]>');
    else if (text.startsWith('<?', at)) next = skipTo('?>');
    else if (text.startsWith('</', at) || text.startsWith('<!', at)) next = skipTo('>');
    else {
      const name = /^<[^\s/>]+/.exec(text.slice(at, at + 200));
      if (!name) {
        yield null;
        return;
      }
      const attributes: Attribute[] = [];
      let cursor = at + name[0].length;
      for (;;) {
        TAG_END.lastIndex = cursor;
        const end = TAG_END.exec(text);
        if (end) {
          next = TAG_END.lastIndex;
          break;
        }
        ATTRIBUTE.lastIndex = cursor;
        const attribute = ATTRIBUTE.exec(text);
        if (!attribute || ATTRIBUTE.lastIndex === cursor) {
          yield null;
          return;
        }
        attributes.push({ name: attribute[1]!, value: attribute[2] ?? attribute[3] ?? attribute[4] ?? '' });
        cursor = ATTRIBUTE.lastIndex;
      }
      yield attributes;
    }
    if (next === -1) {
      yield null;
      return;
    }
    at = text.indexOf('<', next);
  }
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** A URL as a browser would read it: character references decoded, whitespace and controls dropped. */
function normalisedUrl(value: string): string {
  return (
    value
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
      .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Math.min(Number(decimal), 0x10ffff)))
      .replace(/&colon;/gi, ':')
      // eslint-disable-next-line no-control-regex -- browsers drop control characters from URLs, so must we.
      .replace(/[\s\u0000-\u001f]+/g, '')
  );
}

const KIND_LABEL: Record<ExportKind, string> = {
  png: 'a PNG',
  svg: 'an SVG',
  csv: 'a CSV file',
  xlsx: 'an Excel workbook',
  pdf: 'a PDF',
};

/** A PDF's header, and its end-of-file marker within the last bytes (a cut file has none). */
export function pdfProblem(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  if (head !== '%PDF-') return 'it does not start with %PDF-';
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (!tail.includes('%%EOF')) return 'it is cut short (no %%EOF at the end)';
  return null;
}

/**
 * Refuses, with a message for the user, bytes that are not the kind they
 * claim to be. Returns the PNG's size, which the clipboard reply reports.
 */
export function checkExportBytes(
  bytes: Uint8Array,
  kind: ExportKind,
  refused = 'The file was not saved',
): PngSize | null {
  if (kind === 'png') {
    const png = readPng(bytes);
    if (png.ok) return png.size;
    throw new HandlerError('invalid-input', `${refused}: it is not ${KIND_LABEL.png} (${png.problem}).`);
  }
  if (kind === 'csv' || kind === 'xlsx') {
    const problem = kind === 'csv' ? csvProblem(bytes) : xlsxProblem(bytes);
    if (problem)
      throw new HandlerError('invalid-input', `${refused}: it is not ${KIND_LABEL[kind]} we would write (${problem}).`);
    return null;
  }
  if (kind === 'pdf') {
    const problem = pdfProblem(bytes);
    if (problem) throw new HandlerError('invalid-input', `${refused}: it is not ${KIND_LABEL.pdf} (${problem}).`);
    return null;
  }
  if (looksLikePng(bytes)) throw new HandlerError('invalid-input', `${refused}: it is a PNG, not an SVG.`);
  const problem = svgProblem(bytes);
  if (problem)
    throw new HandlerError('invalid-input', `${refused}: it is not ${KIND_LABEL.svg} we would write (${problem}).`);
  return null;
}
