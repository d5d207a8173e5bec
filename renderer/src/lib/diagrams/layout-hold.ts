/**
 * Whether background layouts may start: a part of the app (a slider being
 * dragged, the report, the profiles page) holds them while a layout (a few
 * hundred ms of main thread) would cost the user frames or time. Both the idle
 * passes and the render queue read it, the queue right before a layout starts.
 */

let holds = 0;
let release: { promise: Promise<void>; resolve: () => void } | null = null;

/** No background layout starts until the returned release is called (every hold taken, released). */
export function holdIdleLayouts(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds > 0) return;
    release?.resolve();
    release = null;
  };
}

export function layoutsHeld(): boolean {
  return holds > 0;
}

/** Settles once no hold is left; at once when none is taken. */
export function whenLayoutsReleased(): Promise<void> {
  if (holds === 0) return Promise.resolve();
  if (!release) {
    let resolve!: () => void;
    const promise = new Promise<void>((settle) => (resolve = settle));
    release = { promise, resolve };
  }
  return release.promise;
}
