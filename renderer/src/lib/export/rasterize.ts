import type { Size } from './export-size';

/** The weights the diagrams and the export's heading and footer use. */
const FONT_CHECKS = ['400 16px Inter', '600 16px Inter', '700 16px Inter'];

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  return image.decode().then(
    () => image,
    () => Promise.reject(new Error('The browser could not draw the diagram’s SVG.')),
  );
}

/**
 * Chromium encodes a main-thread `toBlob` in the page's idle periods and, when
 * none comes, starts it only after 1 s (`kIdleTaskStartTimeoutDelayMs` in
 * Blink's canvas_async_blob_creator.cc). A page with nothing to draw may enter
 * none: the first PNG after a settings change took ~1.1 s, of which 1.0 s was
 * that wait, the next ones 50–120 ms. An idle period follows every frame, so
 * a frame is asked for each vsync until the PNG is in (they draw nothing).
 */
export function canvasToPng(
  canvas: Pick<HTMLCanvasElement, 'toBlob'>,
  requestFrame: (callback: () => void) => unknown = requestAnimationFrame,
): Promise<Blob> {
  return new Promise((resolve, reject) => {
    let encoding = true;
    const nextFrame = (): void => {
      if (encoding) requestFrame(nextFrame);
    };
    requestFrame(nextFrame);
    canvas.toBlob((blob) => {
      encoding = false;
      if (blob) resolve(blob);
      else reject(new Error('The browser could not encode the PNG.'));
    }, 'image/png');
  });
}

/**
 * Draws a standalone SVG (already at `size` pixels, fonts embedded) into a
 * canvas and encodes it as PNG. `background` null keeps transparency.
 */
export async function rasterizeSvg(svg: string, size: Size, background: string | null): Promise<Blob> {
  // The SVG embeds Inter itself; loading the page's copy first also warms the
  // font decoder, so the first export is not drawn with a fallback face.
  await Promise.all(FONT_CHECKS.map((font) => document.fonts.load(font)));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error(`The browser could not make a ${size.width} × ${size.height} px canvas.`);
    if (background) {
      context.fillStyle = background;
      context.fillRect(0, 0, size.width, size.height);
    }
    context.drawImage(image, 0, 0, size.width, size.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
