import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyPngToClipboard } from './clipboard';

class FakeClipboardItem {
  constructor(readonly items: Record<string, Promise<Blob>>) {}
}

function stubClipboard(write: (items: FakeClipboardItem[]) => Promise<void>): void {
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  vi.stubGlobal('navigator', { clipboard: { write } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('copyPngToClipboard', () => {
  it('hands the clipboard a PNG item', async () => {
    const written: FakeClipboardItem[][] = [];
    stubClipboard(async (items) => void written.push(items));
    const png = Promise.resolve(new Blob([], { type: 'image/png' }));
    await copyPngToClipboard(png);
    expect(Object.keys(written[0]![0]!.items)).toEqual(['image/png']);
  });

  it('reports why the PNG could not be made rather than the clipboard’s complaint', async () => {
    stubClipboard(async (items) => {
      await items[0]!.items['image/png'];
    });
    await expect(copyPngToClipboard(Promise.reject(new Error('This PNG would be too big.')))).rejects.toThrow(
      'This PNG would be too big.',
    );
  });

  it('says plainly when the clipboard refuses', async () => {
    stubClipboard(async () => {
      throw new DOMException('Document is not focused.', 'NotAllowedError');
    });
    await expect(copyPngToClipboard(Promise.resolve(new Blob()))).rejects.toThrow(
      'The clipboard refused the image: Document is not focused. Use Export PNG instead.',
    );
  });

  it('says when there is no clipboard for images at all', async () => {
    vi.stubGlobal('navigator', {});
    await expect(copyPngToClipboard(Promise.resolve(new Blob()))).rejects.toThrow(/cannot put images on the clipboard/);
  });
});
