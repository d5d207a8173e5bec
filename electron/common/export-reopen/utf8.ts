/**
 * UTF-8 decoding for plain TS: TextDecoder is in every runtime this code runs
 * in (Node, Chromium), but electron/common compiles without DOM or Node types.
 */
interface Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderClass = new (label: string, options?: { fatal?: boolean }) => Decoder;

const { TextDecoder: DecoderImpl } = globalThis as unknown as { TextDecoder: DecoderClass };

/** The text of `bytes`; with `fatal`, throws on bytes that are not UTF-8 instead of replacing them. */
export function decodeUtf8(bytes: Uint8Array, fatal = false): string {
  return new DecoderImpl('utf-8', { fatal }).decode(bytes);
}
