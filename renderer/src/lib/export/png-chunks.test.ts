import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { addPngText, crc32, listPngChunks, readPngText, textChunk } from './png-chunks';

function samplePng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('crc32', () => {
  it('matches the published check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('addPngText', () => {
  const entries = {
    Title: 'ECS service on EC2 container instances',
    Software: 'Compute Explorer 1.2.3',
    'Creation Time': 'Wed, 26 Nov 2025 21:50:00 GMT',
    Provenance: JSON.stringify({ profile: 'Untitled workload', priceBook: { asOf: '2025-06-01' } }),
  };

  it('writes text chunks that read back unchanged', () => {
    expect(readPngText(addPngText(samplePng(), entries))).toEqual(entries);
  });

  it('places them right after IHDR, with valid CRCs, and keeps the image decodable', () => {
    const out = addPngText(samplePng(), entries);
    const types = listPngChunks(out).map((chunk) => chunk.type);
    expect(types.slice(0, 5)).toEqual(['IHDR', 'tEXt', 'tEXt', 'tEXt', 'tEXt']);
    expect(types.at(-1)).toBe('IEND');
    const decoded = PNG.sync.read(Buffer.from(out));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    expect(decoded.data[0]).toBe(200);
  });

  it('falls back to iTXt in UTF-8 for text outside Latin-1', () => {
    const out = addPngText(samplePng(), { Title: 'Costs — 東京' });
    expect(listPngChunks(out)[1]?.type).toBe('iTXt');
    expect(readPngText(out)).toEqual({ Title: 'Costs — 東京' });
  });

  it('refuses keywords the spec forbids', () => {
    expect(() => textChunk('', 'x')).toThrow(/keyword/);
    expect(() => textChunk('k'.repeat(80), 'x')).toThrow(/keyword/);
  });

  it('refuses a file that is not a PNG', () => {
    expect(() => addPngText(new Uint8Array([1, 2, 3]), { Title: 'x' })).toThrow('Not a PNG file.');
  });
});

describe('readPngText', () => {
  it('rejects a chunk whose CRC does not match', () => {
    const out = addPngText(samplePng(), { Title: 'abc' });
    const textStart = listPngChunks(out)[1]!.start;
    out[textStart + 9] ^= 0xff;
    expect(() => readPngText(out)).toThrow(/wrong CRC/);
  });
});
