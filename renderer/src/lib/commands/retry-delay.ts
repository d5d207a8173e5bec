/** How long the shell-events poll waits after `failures` failed tries in a row. */
export function retryDelayMs(failures: number): number {
  return Math.min(30_000, 500 * 2 ** failures);
}
