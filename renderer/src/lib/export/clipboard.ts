import { api } from '../api';
import { inDesktopApp } from './desktop-shell';

/**
 * Puts a PNG on the clipboard: the system clipboard through the main process
 * in the desktop app, the async Clipboard API in browser mode. The PNG is
 * passed as a promise so the browser's write starts inside the click, before
 * the slow drawing. If making the PNG failed, that reason is reported rather
 * than the clipboard's.
 */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<void> {
  // Handled here, so a PNG that fails while the shell is being asked is not an unhandled rejection.
  png.catch(() => undefined);
  if (await inDesktopApp()) await copyWithSystemClipboard(png);
  else await copyWithBrowserClipboard(png);
}

async function copyWithSystemClipboard(png: Promise<Blob>): Promise<void> {
  const bytes = new Uint8Array(await (await png).arrayBuffer());
  await api.copyImageToClipboard({ bytes });
}

async function copyWithBrowserClipboard(png: Promise<Blob>): Promise<void> {
  if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') {
    throw new Error('This browser cannot put images on the clipboard. Use Export PNG instead.');
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  } catch (error) {
    const pngFailure = await png.then(
      () => null,
      (failure: unknown) => failure,
    );
    if (pngFailure) throw pngFailure;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The clipboard refused the image: ${reason} Use Export PNG instead.`, { cause: error });
  }
}
