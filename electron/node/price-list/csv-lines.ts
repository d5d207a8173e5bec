/**
 * CSV as AWS writes its price lists: one record a line, fields quoted when
 * not empty, `""` for a quote inside a field.
 *
 * An offer file is read line by line, and only lines holding a wanted usage
 * type (one regular-expression pass over each chunk finds them) are split
 * into fields: most of a multi-GB EC2 file is never looked at twice. AWS's
 * fields hold no line breaks; were one to, the broken row would be skipped
 * or, if it is one the import needs, refused for its unclosed quote.
 */
export class CsvError extends Error {}

// A line this long is not a price-list row; don't hold it.
const MAX_LINE = 1024 * 1024;

export interface CsvScan {
  /** Rows given to `onHead` whatever they hold: AWS's five metadata rows and the column names. */
  headRows: number;
  onHead(line: string, row: number): void;
  /** Global (`g`) expression: a row is a candidate if it matches. */
  wanted: RegExp;
  onCandidate(line: string, row: number): void;
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) lines++;
  return lines;
}

const NEWLINE = 0x0a;
const EMPTY = Buffer.alloc(0);

/** A row's text: UTF-8, without the line break. */
function rowText(bytes: Buffer, start: number, end: number): string {
  const stop = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
  return bytes.toString('utf8', start, stop);
}

/**
 * Finds rows in a stream of bytes. Each chunk is searched as Latin-1 text,
 * where a character is a byte (so positions match and nothing is validated
 * twice); only candidate rows are decoded as UTF-8.
 */
export class CsvRowScanner {
  /** The start of a row the previous chunk cut short. */
  private carry: Buffer = EMPTY;
  private row = 0;

  constructor(private readonly scan: CsvScan) {}

  write(chunk: Buffer): void {
    let pos = 0;
    if (this.carry.length > 0) {
      const end = chunk.indexOf(NEWLINE);
      if (end < 0) {
        this.keep(Buffer.concat([this.carry, chunk]));
        return;
      }
      const row = Buffer.concat([this.carry, chunk.subarray(0, end)]);
      this.carry = EMPTY;
      this.oneRow(row, 0, row.length);
      pos = end + 1;
    }
    while (this.row < this.scan.headRows && pos < chunk.length) {
      const end = chunk.indexOf(NEWLINE, pos);
      if (end < 0) break;
      this.scan.onHead(rowText(chunk, pos, end), ++this.row);
      pos = end + 1;
    }
    if (this.row >= this.scan.headRows && pos < chunk.length) pos = this.candidates(chunk, pos);
    this.keep(chunk.subarray(pos));
  }

  /** The last row may have no line break after it. */
  end(): void {
    const last = this.carry;
    this.carry = EMPTY;
    if (last.length > 0) this.oneRow(last, 0, last.length);
  }

  /** Hands over the candidate rows among the whole rows from `from`; returns where the unfinished one starts. */
  private candidates(chunk: Buffer, from: number): number {
    const text = chunk.toString('latin1', from);
    const wanted = this.scan.wanted;
    let pos = 0;
    for (;;) {
      wanted.lastIndex = pos;
      const match = wanted.exec(text);
      if (!match) break;
      const end = text.indexOf('\n', match.index);
      if (end < 0) break;
      const start = text.lastIndexOf('\n', match.index) + 1;
      this.row += countLines(text, pos, start);
      this.scan.onCandidate(rowText(chunk, from + start, from + end), ++this.row);
      pos = end + 1;
    }
    const lastEnd = text.lastIndexOf('\n');
    if (lastEnd >= pos) {
      this.row += countLines(text, pos, lastEnd + 1);
      pos = lastEnd + 1;
    }
    return from + pos;
  }

  private oneRow(bytes: Buffer, start: number, end: number): void {
    if (this.row < this.scan.headRows) {
      this.scan.onHead(rowText(bytes, start, end), ++this.row);
      return;
    }
    this.row++;
    this.scan.wanted.lastIndex = 0;
    if (this.scan.wanted.test(bytes.toString('latin1', start, end))) {
      this.scan.onCandidate(rowText(bytes, start, end), this.row);
    }
  }

  private keep(rest: Buffer): void {
    if (rest.length > MAX_LINE) throw new CsvError(`row ${this.row + 1} is longer than 1 MB`);
    this.carry = rest.length > 0 ? Buffer.from(rest) : EMPTY;
  }
}

/** The fields of one row. */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === 0x22) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = line.indexOf('"', from);
        if (q < 0) throw new CsvError('a quoted field is not closed');
        if (line.charCodeAt(q + 1) === 0x22) {
          value += line.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += line.slice(from, q);
        i = q + 1;
        break;
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end;
    }
    if (i >= line.length) return fields;
    if (line.charCodeAt(i) !== 0x2c) throw new CsvError(`unexpected ${JSON.stringify(line[i])} after a quoted field`);
    i++;
    if (i === line.length) {
      fields.push('');
      return fields;
    }
  }
}
