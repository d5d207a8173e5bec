/**
 * A streaming JSON reader that hands over whole values, not tokens: the
 * caller says, for each value as it starts, whether to descend into it,
 * capture its text (then usually `JSON.parse` it) or skip it. An AWS offer
 * file is gigabytes of small objects (a product, a SKU's terms), so the
 * reader walks the big containers and slices out the small ones; skipped
 * values are scanned for their end, never kept nor even decoded. It works on
 * UTF-8 bytes (every byte JSON's structure uses is ASCII, and no byte of a
 * multi-byte character is) and crosses strings with `indexOf`: that is what
 * makes it fast. Skipped values are checked only for balanced brackets and
 * strings; captured ones are as valid as `JSON.parse` finds them.
 */
export type SliceDecision = 'descend' | 'capture' | 'skip';
export type ValueKind = 'object' | 'array' | 'scalar';

export interface JsonSliceHandler {
  /** A value starts at `path` (object keys; array items by index). The array is only valid during the call. */
  decide(path: readonly string[], kind: ValueKind): SliceDecision;
  /** The JSON text of a value `decide` chose to capture. */
  captured(path: readonly string[], text: string): void;
}

export class JsonSliceError extends Error {}

type ObjectExpect = 'key-or-end' | 'key' | 'colon' | 'value' | 'comma-or-end';
type ArrayExpect = 'value-or-end' | 'value' | 'comma-or-end';
type Frame =
  | { container: 'object'; expect: ObjectExpect; key: string }
  | { container: 'array'; expect: ArrayExpect; index: number };

interface Scan {
  capture: boolean;
  /** A number, true, false or null: ends at the next delimiter. */
  bare: boolean;
  depth: number;
  inString: boolean;
  /** The previous chunk ended inside a string with an odd run of backslashes: the next byte is escaped. */
  escapeNext: boolean;
  pieces: Buffer[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isBareEnd = (c: number) => c === 0x2c || c === 0x7d || c === 0x5d || isSpace(c);
// - 0-9 t f n: how a number, true, false or null starts.
const SCALAR_START = [0x2d, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x74, 0x66, 0x6e];
const kindOf = (c: number): ValueKind => (c === 0x7b ? 'object' : c === 0x5b ? 'array' : 'scalar');

/** Index of the quote closing a string whose content starts at `from`, or -1 if it isn't in `bytes`. */
function closingQuote(bytes: Buffer, from: number): number {
  for (let at = from; ;) {
    const q = bytes.indexOf(QUOTE, at);
    if (q < 0) return -1;
    let backslashes = 0;
    for (let k = q - 1; k >= from && bytes[k] === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    at = q + 1;
  }
}

function endsWithOddBackslashes(bytes: Buffer, from: number): boolean {
  let run = 0;
  for (let k = bytes.length - 1; k >= from && bytes[k] === BACKSLASH; k--) run++;
  return run % 2 === 1;
}

const EMPTY = Buffer.alloc(0);
const BOM = [0xef, 0xbb, 0xbf];

export class JsonSlicer {
  private readonly frames: Frame[] = [];
  private readonly path: string[] = [];
  private rootState: 'before' | 'inside' | 'done' = 'before';
  private scan: Scan | null = null;
  /** An unfinished key, kept for the next chunk. */
  private carry: Buffer = EMPTY;
  /** Bytes before the current chunk, for error positions. */
  private base = 0;

  constructor(private readonly handler: JsonSliceHandler) {}

  write(chunk: Buffer): void {
    const text = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = EMPTY;
    let i = 0;
    while (i < text.length) {
      if (this.scan) {
        i = this.scanValue(text, i);
        continue;
      }
      const c = text[i]!;
      if (isSpace(c) || (this.base + i < 3 && c === BOM[this.base + i])) {
        i++;
        continue;
      }
      const next = this.step(text, i, c);
      if (next < 0) {
        this.carry = Buffer.from(text.subarray(i));
        this.base += i;
        return;
      }
      i = next;
    }
    // A value still being scanned continues in the next chunk (copied: the reader may reuse its buffer).
    if (this.scan?.capture) this.scan.pieces.push(Buffer.from(text.subarray(this.scanStart)));
    this.scanStart = 0;
    this.base += text.length;
  }

  /** Throws unless one whole JSON value was read. */
  end(): void {
    // A number at the very end has no delimiter after it.
    if (this.scan?.bare && this.frames.length === 0) this.finishScan(EMPTY, 0);
    if (this.rootState !== 'done' || this.carry.length > 0) {
      throw new JsonSliceError('the JSON ends early: the file is truncated');
    }
  }

  /** Handles one structural character; returns the next index, or -1 to wait for more text. */
  private step(text: Buffer, i: number, c: number): number {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) {
      if (this.rootState === 'done') this.fail(text, i, 'after the end of the JSON');
      this.rootState = 'inside';
      return this.startValue(text, i, c);
    }
    if (frame.container === 'object') {
      switch (frame.expect) {
        case 'key-or-end':
        case 'key': {
          if (c === 0x7d && frame.expect === 'key-or-end') return this.closeContainer(i);
          if (c !== QUOTE) this.fail(text, i, 'where a key should start');
          const close = closingQuote(text, i + 1);
          if (close < 0) return -1;
          let escaped = false;
          for (let k = i + 1; k < close && !escaped; k++) escaped = text[k] === BACKSLASH;
          frame.key = escaped
            ? (JSON.parse(text.toString('utf8', i, close + 1)) as string)
            : text.toString('utf8', i + 1, close);
          frame.expect = 'colon';
          return close + 1;
        }
        case 'colon':
          if (c !== 0x3a) this.fail(text, i, "where ':' should be");
          frame.expect = 'value';
          return i + 1;
        case 'value':
          this.path[this.frames.length - 1] = frame.key;
          frame.expect = 'comma-or-end';
          return this.startValue(text, i, c);
        case 'comma-or-end':
          if (c === 0x2c) frame.expect = 'key';
          else if (c === 0x7d) return this.closeContainer(i);
          else this.fail(text, i, "where ',' or '}' should be");
          return i + 1;
      }
    }
    switch (frame.expect) {
      case 'value-or-end':
      case 'value':
        if (c === 0x5d && frame.expect === 'value-or-end') return this.closeContainer(i);
        this.path[this.frames.length - 1] = String(frame.index++);
        frame.expect = 'comma-or-end';
        return this.startValue(text, i, c);
      case 'comma-or-end':
        if (c === 0x2c) frame.expect = 'value';
        else if (c === 0x5d) return this.closeContainer(i);
        else this.fail(text, i, "where ',' or ']' should be");
        return i + 1;
    }
  }

  private startValue(text: Buffer, i: number, c: number): number {
    const kind = kindOf(c);
    const atPath = this.path.slice(0, this.frames.length);
    const decision = this.handler.decide(atPath, kind);
    if (decision === 'descend' && kind !== 'scalar') {
      this.frames.push(
        kind === 'object'
          ? { container: 'object', expect: 'key-or-end', key: '' }
          : { container: 'array', expect: 'value-or-end', index: 0 },
      );
      return i + 1;
    }
    if (kind === 'scalar' && c !== QUOTE && !SCALAR_START.includes(c)) this.fail(text, i, 'where a value should be');
    this.scan = {
      capture: decision === 'capture',
      bare: kind === 'scalar' && c !== QUOTE,
      depth: kind === 'scalar' ? 0 : 1,
      inString: c === QUOTE,
      escapeNext: false,
      pieces: [],
    };
    this.scanStart = i;
    return i + 1;
  }

  /** Where the scanned value's text starts in the current chunk. */
  private scanStart = 0;

  /** Moves through a captured or skipped value; returns the index after it, or text.length. */
  private scanValue(text: Buffer, from: number): number {
    const scan = this.scan!;
    const n = text.length;
    let k = from;
    if (scan.bare) {
      while (k < n && !isBareEnd(text[k]!)) k++;
      return k < n ? this.finishScan(text, k) : n;
    }
    while (k < n) {
      if (scan.inString) {
        if (scan.escapeNext) {
          scan.escapeNext = false;
          k++;
          continue;
        }
        const close = closingQuote(text, k);
        if (close < 0) {
          scan.escapeNext = endsWithOddBackslashes(text, k);
          return n;
        }
        scan.inString = false;
        k = close + 1;
        if (scan.depth === 0) return this.finishScan(text, k);
        continue;
      }
      // Between strings: indentation, colons and commas, all below '[' except the quote.
      let depth = scan.depth;
      for (; k < n; k++) {
        const c = text[k]!;
        if (c < OPEN_BRACKET) {
          if (c === QUOTE) break;
        } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
          depth++;
        } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
          if (--depth === 0) {
            scan.depth = 0;
            return this.finishScan(text, k + 1);
          }
        }
      }
      scan.depth = depth;
      if (k < n) {
        scan.inString = true;
        k++;
      }
    }
    return n;
  }

  private finishScan(text: Buffer, end: number): number {
    const scan = this.scan!;
    this.scan = null;
    if (scan.capture) {
      const last = text.subarray(this.scanStart, end);
      const value = scan.pieces.length === 0 ? last : Buffer.concat([...scan.pieces, last]);
      this.handler.captured(this.path.slice(0, this.frames.length), value.toString('utf8'));
    }
    this.scanStart = 0;
    if (this.frames.length === 0) this.rootState = 'done';
    return end;
  }

  private closeContainer(i: number): number {
    this.frames.pop();
    if (this.frames.length === 0) this.rootState = 'done';
    return i + 1;
  }

  private fail(text: Buffer, i: number, where: string): never {
    const shown = JSON.stringify(text.toString('utf8', i, i + 12));
    throw new JsonSliceError(`not valid JSON: unexpected ${shown} ${where} (byte ${this.base + i + 1})`);
  }
}
