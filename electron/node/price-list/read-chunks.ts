import { createReadStream } from 'node:fs';

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called with each chunk's size in bytes as it is read. */
  onBytes?: (bytes: number) => void;
  /** Stop after this many bytes (a file's head). */
  limit?: number;
}

// Big reads keep the per-chunk overhead small on multi-GB files; memory stays one chunk.
const CHUNK_BYTES = 1024 * 1024;

/** Streams a file's bytes chunk by chunk; cancelling stops at the next chunk. */
export async function readChunks(
  file: string,
  onChunk: (bytes: Buffer) => void,
  { signal, onBytes, limit }: ReadOptions = {},
): Promise<void> {
  signal?.throwIfAborted();
  const stream = createReadStream(file, {
    highWaterMark: Math.min(CHUNK_BYTES, limit ?? CHUNK_BYTES),
    ...(limit === undefined ? {} : { end: limit - 1 }),
  });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      onBytes?.(chunk.length);
      onChunk(chunk);
    }
  } finally {
    stream.destroy();
  }
}

/** The first `limit` bytes of a file. */
export async function readHead(file: string, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  await readChunks(file, (chunk) => parts.push(chunk), { limit });
  return Buffer.concat(parts);
}
