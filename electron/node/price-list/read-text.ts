import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export interface ReadTextOptions {
  signal?: AbortSignal;
  /** Called with each chunk's size in bytes as it is read. */
  onBytes?: (bytes: number) => void;
  /** Stop after this many bytes (a file's head). */
  limit?: number;
}

// Big reads keep the per-chunk overhead small on multi-GB files; memory stays one chunk.
const CHUNK_BYTES = 1024 * 1024;

/** Streams a UTF-8 file as text chunks (characters split across chunks are put back together). */
export async function readTextChunks(
  file: string,
  onText: (text: string) => void,
  { signal, onBytes, limit }: ReadTextOptions = {},
): Promise<void> {
  signal?.throwIfAborted();
  const stream = createReadStream(file, {
    highWaterMark: Math.min(CHUNK_BYTES, limit ?? CHUNK_BYTES),
    ...(limit === undefined ? {} : { end: limit - 1 }),
  });
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      onBytes?.(chunk.length);
      onText(decoder.write(chunk));
    }
    const rest = decoder.end();
    if (rest) onText(rest);
  } finally {
    stream.destroy();
  }
}
