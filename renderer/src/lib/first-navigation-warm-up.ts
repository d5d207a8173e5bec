/** What the warm-up uses of the window (the tests pass their own). */
export interface WarmUpHost {
  history: Pick<History, 'state' | 'replaceState'>;
  requestIdleCallback(callback: () => void, options: { timeout: number }): number;
  cancelIdleCallback(handle: number): void;
}

const warmed = new WeakSet<object>();

/**
 * Chromium's autofill reads every form control on the page at the page's
 * first same-document navigation (`pushState`, `replaceState`, a hash
 * change): 2–9 ms with the Costs page's controls, paid by the click that
 * opens a profile or changes page; later ones cost ~1 ms. Replacing the
 * current history entry with itself, in idle time once the Costs page is
 * built, pays it where no one waits. (Electron has no Chrome autofill, so
 * there it should cost next to nothing; not measured without the binary.)
 * Once per page; returns a cancel for the effect's cleanup.
 */
export function warmUpFirstNavigation(host: WarmUpHost = window): () => void {
  if (warmed.has(host.history)) return () => undefined;
  const idle = host.requestIdleCallback(
    () => {
      warmed.add(host.history);
      host.history.replaceState(host.history.state, '');
    },
    { timeout: 5000 },
  );
  return () => host.cancelIdleCallback(idle);
}
