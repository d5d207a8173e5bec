import { describe, expect, it } from 'vitest';
import { warmUpFirstNavigation, type WarmUpHost } from './first-navigation-warm-up';

/** A window whose idle callbacks run when the test says so, and whose history records each replace. */
function fakeWindow() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const replaced: unknown[][] = [];
  const host: WarmUpHost = {
    history: { state: { at: 'profiles' }, replaceState: (...args: unknown[]) => void replaced.push(args) },
    requestIdleCallback: (callback) => {
      pending.set(next, callback);
      return next++;
    },
    cancelIdleCallback: (handle) => void pending.delete(handle),
  };
  const runIdle = () => {
    for (const [handle, callback] of [...pending]) {
      pending.delete(handle);
      callback();
    }
  };
  return { host, replaced, runIdle, pending };
}

describe('the first navigation, paid in idle time', () => {
  it('replaces the current entry with itself (same state, same URL) once the page is idle', () => {
    const { host, replaced, runIdle } = fakeWindow();
    warmUpFirstNavigation(host);
    expect(replaced).toEqual([]);
    runIdle();
    expect(replaced).toEqual([[{ at: 'profiles' }, '']]);
  });

  it('does it once per page: later calls schedule nothing', () => {
    const { host, replaced, runIdle, pending } = fakeWindow();
    warmUpFirstNavigation(host);
    runIdle();
    warmUpFirstNavigation(host)();
    expect(pending.size).toBe(0);
    runIdle();
    expect(replaced).toHaveLength(1);
  });

  it('does nothing when cancelled before the page is idle, and can be asked again', () => {
    const { host, replaced, runIdle } = fakeWindow();
    warmUpFirstNavigation(host)();
    runIdle();
    expect(replaced).toEqual([]);
    warmUpFirstNavigation(host);
    runIdle();
    expect(replaced).toHaveLength(1);
  });
});
