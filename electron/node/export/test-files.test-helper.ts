import { PNG } from 'pngjs';

// Copied into fresh ArrayBuffers: the IPC schema's Uint8Array is never a view on shared memory.

/** A real PNG, encoded by pngjs rather than by our own code. */
export function pngBytes(width = 3, height = 2): Uint8Array<ArrayBuffer> {
  return new Uint8Array(PNG.sync.write(new PNG({ width, height })));
}

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new Uint8Array(new TextEncoder().encode(text));

export function svgBytes(body = '<rect width="10" height="10" fill="#fff"/>'): Uint8Array<ArrayBuffer> {
  return utf8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${body}</svg>`,
  );
}
