import { describe, expect, it } from 'vitest';
import { HistoryAfterPaint, type HistoryHost } from './history-after-paint';

/** A window whose history is a list and whose next paint comes when the test says. */
function fakeWindow(hash = '#/') {
  const entries = [hash];
  let paint: (() => void) | null = null;
  const host: HistoryHost = {
    history: {
      pushState: (_state: unknown, _unused: string, href?: string | URL | null) => void entries.push(String(href)),
    },
    location: {
      get hash() {
        return entries.at(-1)!;
      },
    },
    afterNextPaint: (callback) => {
      paint = callback;
      return () => (paint = null);
    },
  };
  return {
    host,
    entries,
    paint() {
      const callback = paint;
      paint = null;
      callback?.();
    },
  };
}

describe('history written after the new page is painted', () => {
  it('adds the entry once the frame showing the page is painted, not before', () => {
    const window = fakeWindow();
    const history = new HistoryAfterPaint(window.host);
    history.push('#/service/lambda');
    expect(window.entries).toEqual(['#/']);
    expect(history.href).toBe('#/service/lambda');
    window.paint();
    expect(window.entries).toEqual(['#/', '#/service/lambda']);
  });

  it('keeps every page of a quick run through them, in order, and none twice', () => {
    const window = fakeWindow();
    const history = new HistoryAfterPaint(window.host);
    history.push('#/service/lambda');
    history.push('#/service/lambda');
    history.push('#/service/ec2');
    window.paint();
    history.push('#/service/ec2');
    window.paint();
    expect(window.entries).toEqual(['#/', '#/service/lambda', '#/service/ec2']);
  });

  it('adds nothing for the page already in the address', () => {
    const window = fakeWindow('#/costs');
    const history = new HistoryAfterPaint(window.host);
    history.push('#/costs');
    window.paint();
    expect(window.entries).toEqual(['#/costs']);
  });

  it('drops entries not yet written when the user goes Back or types an address', () => {
    const window = fakeWindow();
    const history = new HistoryAfterPaint(window.host);
    history.push('#/service/lambda');
    history.drop();
    window.paint();
    expect(window.entries).toEqual(['#/']);
    expect(history.href).toBe('#/');
  });
});
