import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Room around an element: a focus ring drawn outside it (the app's is 2 px wide,
 * 2 px out) shows in this band, a neighbour's ring (at least 6 px away) barely does.
 */
const RING_ROOM = 3;

/** Where the element is drawn: its own box, or its label's for a control drawn by its label (the pill radios). */
function drawnBox(element: Element): Box {
  const invisible = getComputedStyle(element).opacity === '0';
  const drawn = invisible ? (element.closest('label') ?? element) : element;
  const { left, top, width, height } = drawn.getBoundingClientRect();
  return { x: left, y: top, width, height };
}

function clipOf(page: Page, box: Box): Box {
  const viewport = page.viewportSize()!;
  const x = Math.max(0, Math.floor(box.x - RING_ROOM));
  const y = Math.max(0, Math.floor(box.y - RING_ROOM));
  const right = Math.min(viewport.width, Math.ceil(box.x + box.width + RING_ROOM));
  const bottom = Math.min(viewport.height, Math.ceil(box.y + box.height + RING_ROOM));
  return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
}

function changedPixels(a: Buffer, b: Buffer): number {
  const before = PNG.sync.read(a);
  const after = PNG.sync.read(b);
  // Cut differently by the window's edge: the element moved, so the pictures cannot be compared.
  if (before.width !== after.width || before.height !== after.height) return -1;
  let changed = 0;
  for (let i = 0; i < before.data.length; i += 4) {
    if (before.data.readUInt32BE(i) !== after.data.readUInt32BE(i)) changed++;
  }
  return changed;
}

/** A short description of the focused element, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '(nothing)';
    const name =
      element.getAttribute('aria-label') ??
      element.getAttribute('data-testid') ??
      (element.textContent ?? '').trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()}> “${name}”`;
  });
}

/**
 * Checks that the element focused now shows it, as a keyboard user sees it:
 * the region around it is drawn with focus, Shift+Tab moves focus away and the
 * same element is drawn again, and the two pictures must differ by a ring's
 * worth of pixels (half its perimeter), not by a caret or a pixel or two. Tab
 * then brings focus back. Keys only: no script moves focus.
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const what = await describeFocus(page);
  const element = (await page.evaluateHandle(() => document.activeElement)).asElement();
  expect(element, 'focus is on an element').not.toBeNull();
  const box = await element!.evaluate(drawnBox);
  const focused = await page.screenshot({ clip: clipOf(page, box) });
  await page.keyboard.press('Shift+Tab');
  // The same element, back in view if Shift+Tab scrolled it away (scrolling moves no focus).
  await element!.scrollIntoViewIfNeeded();
  const unfocused = await page.screenshot({ clip: clipOf(page, await element!.evaluate(drawnBox)) });
  await page.keyboard.press('Tab');
  expect(await describeFocus(page), 'Shift+Tab then Tab comes back to the same element').toBe(what);
  const changed = changedPixels(focused, unfocused);
  const ring = Math.max(40, Math.round(box.width + box.height));
  expect(changed, `${what}: focus changes ${changed} pixels around it, a ring ${ring} or more`).toBeGreaterThanOrEqual(
    ring,
  );
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reached by Tab within ${maxPresses} presses`).toBeFocused({ timeout: 1 });
}
