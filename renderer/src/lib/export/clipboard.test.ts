import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  getAppInfo: vi.fn(),
  copyImageToClipboard: vi.fn(),
}));
vi.mock('../api', () => ({ api }));

class FakeClipboardItem {
  constructor(readonly items: Record<string, Promise<Blob>>) {}
}

function stubClipboard(write: (items: FakeClipboardItem[]) => Promise<void>): void {
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  vi.stubGlobal('navigator', { clipboard: { write } });
}

/** The module afresh, in the given shell: which shell it is, is asked once per page load. */
async function loadIn(shell: 'browser' | 'electron') {
  vi.resetModules();
  api.getAppInfo.mockResolvedValue({ shell });
  return (await import('./clipboard')).copyPngToClipboard;
}

beforeEach(() => {
  api.getAppInfo.mockReset();
  api.copyImageToClipboard.mockReset();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('copyPngToClipboard in browser mode', () => {
  it('hands the clipboard a PNG item', async () => {
    const copyPngToClipboard = await loadIn('browser');
    const written: FakeClipboardItem[][] = [];
    stubClipboard(async (items) => void written.push(items));
    const png = Promise.resolve(new Blob([], { type: 'image/png' }));
    await copyPngToClipboard(png);
    expect(Object.keys(written[0]![0]!.items)).toEqual(['image/png']);
    expect(api.copyImageToClipboard).not.toHaveBeenCalled();
  });

  it('reports why the PNG could not be made rather than the clipboard’s complaint', async () => {
    const copyPngToClipboard = await loadIn('browser');
    stubClipboard(async (items) => {
      await items[0]!.items['image/png'];
    });
    await expect(copyPngToClipboard(Promise.reject(new Error('This PNG would be too big.')))).rejects.toThrow(
      'This PNG would be too big.',
    );
  });

  it('says plainly when the clipboard refuses', async () => {
    const copyPngToClipboard = await loadIn('browser');
    stubClipboard(async () => {
      throw new DOMException('Document is not focused.', 'NotAllowedError');
    });
    await expect(copyPngToClipboard(Promise.resolve(new Blob()))).rejects.toThrow(
      'The clipboard refused the image: Document is not focused. Use Export PNG instead.',
    );
  });

  it('says when there is no clipboard for images at all', async () => {
    const copyPngToClipboard = await loadIn('browser');
    vi.stubGlobal('navigator', {});
    await expect(copyPngToClipboard(Promise.resolve(new Blob()))).rejects.toThrow(/cannot put images on the clipboard/);
  });
});

describe('copyPngToClipboard in the desktop app', () => {
  it('sends the PNG’s bytes to the system clipboard, not the browser’s', async () => {
    const copyPngToClipboard = await loadIn('electron');
    const browserWrite = vi.fn();
    stubClipboard(browserWrite);
    api.copyImageToClipboard.mockResolvedValue({ width: 3, height: 2 });
    await copyPngToClipboard(Promise.resolve(new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' })));
    expect(api.copyImageToClipboard).toHaveBeenCalledWith({ bytes: new Uint8Array([137, 80, 78, 71]) });
    expect(browserWrite).not.toHaveBeenCalled();
  });

  it('reports the main process’s refusal, and a PNG that could not be made', async () => {
    const copyPngToClipboard = await loadIn('electron');
    api.copyImageToClipboard.mockRejectedValue(new Error('The image was not copied: it is not a PNG.'));
    await expect(copyPngToClipboard(Promise.resolve(new Blob(['x'])))).rejects.toThrow(/not a PNG/);
    await expect(copyPngToClipboard(Promise.reject(new Error('This PNG would be too big.')))).rejects.toThrow(
      'This PNG would be too big.',
    );
  });

  it('asks which shell it is in only once', async () => {
    const copyPngToClipboard = await loadIn('electron');
    api.copyImageToClipboard.mockResolvedValue({ width: 1, height: 1 });
    await copyPngToClipboard(Promise.resolve(new Blob(['a'])));
    await copyPngToClipboard(Promise.resolve(new Blob(['b'])));
    expect(api.getAppInfo).toHaveBeenCalledTimes(1);
  });
});
