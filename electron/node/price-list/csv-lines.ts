/**
 * CSV as AWS writes its price lists: one record a line, fields quoted when
 * not empty, `""` for a quote inside a field. A line break inside quotes
 * continues the record (RFC 4180), so records are found by quote parity.
 */
export class CsvError extends Error {}

export class CsvRecordSplitter {
  private carry = '';
  /** How much of `carry` was already searched, and whether it is inside quotes there. */
  private searched = 0;
  private openQuote = false;
  private recordNumber = 0;

  constructor(private readonly onRecord: (line: string, recordNumber: number) => void) {}

  write(chunk: string): void {
    const text = this.carry + chunk;
    let start = 0;
    let from = this.searched;
    let open = this.openQuote;
    for (;;) {
      const newline = text.indexOf('\n', from);
      if (newline < 0) break;
      for (let q = text.indexOf('"', from); q >= 0 && q < newline; q = text.indexOf('"', q + 1)) open = !open;
      from = newline + 1;
      if (open) continue;
      const end = newline > start && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
      this.onRecord(text.slice(start, end), ++this.recordNumber);
      start = newline + 1;
    }
    // Quotes after the last line break still count towards the next record.
    for (let q = text.indexOf('"', from); q >= 0; q = text.indexOf('"', q + 1)) open = !open;
    this.carry = text.slice(start);
    this.searched = this.carry.length;
    this.openQuote = open;
  }

  end(): void {
    if (this.openQuote) throw new CsvError(`row ${this.recordNumber + 1} has a quote that is never closed`);
    const last = this.carry.endsWith('\r') ? this.carry.slice(0, -1) : this.carry;
    if (last !== '') this.onRecord(last, ++this.recordNumber);
    this.carry = '';
    this.searched = 0;
  }
}

/** The fields of one record. */
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
