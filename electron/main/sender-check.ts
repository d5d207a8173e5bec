import { isAppUrl } from './app-origin';

/** The parts of Electron's WebFrameMain the check reads; plain objects in tests. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC message is trusted only from the main frame of our own page: not
 * from a destroyed frame (null), an iframe, or any other origin.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
