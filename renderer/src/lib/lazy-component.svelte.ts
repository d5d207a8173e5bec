import type { Component } from 'svelte';

/**
 * A component whose code is fetched the first time it is shown, not at
 * start-up — and, once fetched, shown at once on every later visit instead of
 * waiting a tick (and a "Loading…" frame) for an import that is already done.
 */
export interface LazyComponent<Props extends Record<string, unknown>> {
  /** Set once the code has arrived. */
  readonly component: Component<Props> | null;
  load(): Promise<Component<Props>>;
}

export function lazyComponent<Props extends Record<string, unknown>>(
  importer: () => Promise<{ default: Component<Props> }>,
): LazyComponent<Props> {
  let component = $state.raw<Component<Props> | null>(null);
  let loading: Promise<Component<Props>> | null = null;
  return {
    get component() {
      return component;
    },
    load() {
      loading ??= importer().then(
        (module) => (component = module.default),
        (error: unknown) => {
          loading = null; // a later visit tries again
          throw error;
        },
      );
      return loading;
    },
  };
}

/**
 * Fetches the code of parts the first screen does not draw (dialogs) once the
 * page is idle, so a start paints sooner and a shortcut still finds its part
 * ready. Returns a cancel, for an `$effect`'s cleanup.
 */
export function loadWhenIdle(parts: readonly LazyComponent<never>[]): () => void {
  const idle = requestIdleCallback(() => {
    // A part that still fails is shown, with the reason, when it is asked for.
    for (const part of parts) part.load().catch(() => undefined);
  });
  return () => cancelIdleCallback(idle);
}
