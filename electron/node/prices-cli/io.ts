/** What the CLI may touch; the executable passes the terminal's, tests pass fakes. */
export interface PricesCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Asks a yes/no question on the terminal; null when there is no terminal to ask on. */
  ask: ((question: string) => Promise<boolean>) | null;
  /** Whether progress can be redrawn on one line (a terminal), rather than left out. */
  showProgress: boolean;
  signal?: AbortSignal;
  now?: () => Date;
}

export const EXIT_OK = 0;
/** A download failed: the network or AWS's side, not the user's input. */
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_CANCELLED = 130;

/** "304.5 MB", or "58 KB" for a small file. */
export const megabytes = (bytes: number) =>
  bytes < 1e6
    ? `${Math.round(bytes / 1e3).toLocaleString('en-US')} KB`
    : `${(bytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;

/** "Reading  45% (121.5 MB of 270.0 MB)" on one line that redraws; a newline when done. */
export function progressLine(io: PricesCliIo, verb: string, done: number, total: number | null): void {
  if (!io.showProgress) return;
  const amount = total
    ? `${String(Math.floor((done / total) * 100)).padStart(3)}% (${megabytes(done)} of ${megabytes(total)})`
    : megabytes(done);
  io.stderr(`\r${verb} ${amount}`);
}

export function endProgress(io: PricesCliIo): void {
  if (io.showProgress) io.stderr('\n');
}
