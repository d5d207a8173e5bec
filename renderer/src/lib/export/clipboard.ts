/**
 * Puts a PNG on the clipboard with the async Clipboard API. The PNG is passed
 * as a promise so the write starts inside the click, before the slow drawing.
 * If making the PNG failed, that reason is reported rather than the clipboard's.
 */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<void> {
  if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') {
    png.catch(() => undefined);
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
