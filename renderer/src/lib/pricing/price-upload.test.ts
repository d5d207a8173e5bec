import { describe, expect, it } from 'vitest';
import { PRICE_CHUNK_MAX_CHARS } from '../../../../electron/common/price-import-ipc';
import { NotTextError, textChunks, UPLOAD_CHUNK_BYTES, uploadPath } from './price-upload';

const named = (parts: BlobPart[], name: string) => Object.assign(new Blob(parts), { name });

async function all(file: Blob & { name: string }): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of textChunks(file)) chunks.push(chunk);
  return chunks;
}

describe('uploadPath', () => {
  it("keeps the end of AWS's layout, which names the offer, version and Region", () => {
    const file = {
      name: 'index.json',
      webkitRelativePath: 'Downloads/AWS prices/offers/v1.0/aws/AWSLambda/20251021174530/eu-central-1/index.json',
    };
    expect(uploadPath(file)).toBe('v1.0/aws/AWSLambda/20251021174530/eu-central-1/index.json');
  });

  it('sends a lone file under its name, with characters the host refuses replaced', () => {
    expect(uploadPath({ name: 'lambda (1).csv', webkitRelativePath: '' })).toBe('lambda__1_.csv');
  });
});

describe('textChunks', () => {
  it('gives back the exact text of a file larger than one chunk, a character split between chunks included', async () => {
    // "€" is 3 bytes in UTF-8: placed across the first chunk boundary it must be carried over, not mangled.
    const text = `${'a'.repeat(UPLOAD_CHUNK_BYTES - 1)}€${'b'.repeat(1000)}`;
    const chunks = await all(named([text], 'offer.json'));
    expect(chunks.join('')).toBe(text);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(PRICE_CHUNK_MAX_CHARS);
  });

  it('refuses a file that is not UTF-8 text, naming it', async () => {
    await expect(all(named([new Uint8Array([0x7b, 0xff, 0xfe, 0x00])], 'picture.json'))).rejects.toThrow(
      new NotTextError('picture.json is not a text file (JSON or CSV).'),
    );
  });
});

describe('textChunks, one piece per slice', () => {
  it('sends a small file as one piece, and an empty file as one empty piece', async () => {
    expect(await all(named(['{"offerCode": "AWSLambda"}'], 'lambda.json'))).toEqual(['{"offerCode": "AWSLambda"}']);
    expect(await all(named([], 'empty.json'))).toEqual(['']);
  });
});
