/**
 * Moves focus to a newly shown page's heading, so keyboard and screen-reader
 * users start on the page they asked for. A page whose code is still being
 * fetched shows its heading a moment later: wait for it (a few seconds at
 * most), unless the user has moved focus somewhere themselves meanwhile.
 * Returns a function that stops waiting (the next navigation calls it).
 */
export function focusPageHeading(main: HTMLElement, waitMs = 5000): () => void {
  const focusedBefore = document.activeElement;
  const tryFocus = (): boolean => {
    // A page kept mounted but hidden (the Costs page beside the profiles page) is not the one shown.
    const heading = [...main.querySelectorAll<HTMLElement>('h1')].find((h1) => !h1.closest('[hidden]'));
    if (!heading) return false;
    const untouched = document.activeElement === focusedBefore || document.activeElement === document.body;
    if (untouched) {
      heading.focus({ preventScroll: true });
      main.scrollTo({ top: 0 });
    }
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), waitMs);
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}
