import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';
import { presentFromSlide, SERVICE_OPTION_SLIDES } from './support/service-deck';

const MOVES = 12;

/** Runs in the page: Mermaid layouts so far (each one leaves a `mermaid-render:<option>:<theme>` measure). */
function layouts(): string[] {
  return performance
    .getEntriesByType('measure')
    .filter((m) => m.name.startsWith('mermaid-render:'))
    .map((m) => m.name);
}

/**
 * Runs in the page: moves the sliders panel's requests slider as a drag
 * does, one move a frame, each waiting until the slide's cost shows it, and returns when
 * the drag began and the Mermaid layouts started meanwhile, by name. (One already under
 * way when the drag begins cannot be stopped; what the app promises is that none starts
 * during it.)
 */
async function dragAndCountLayouts({
  moves,
  costId,
}: {
  moves: number;
  costId: string;
}): Promise<{ began: number; started: string[] }> {
  // The drag begins with its first move: a layout started in the frame before it is not the drag's.
  let began = Infinity;
  const layoutsStartedSinceBegan = () =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('mermaid-render:') && m.startTime >= began)
      .map((m) => m.name);
  const slider = document.querySelector<HTMLInputElement>(
    '[data-testid="sliders-panel"] [data-testid="slider-requestsPerMonth"]',
  )!;
  const cost = document.querySelector(`[data-testid="${costId}"]`)!;
  for (let i = 0; i < moves; i++) {
    // A drag delivers one move per frame: what the page does between frames gets its turn.
    await new Promise((frame) => requestAnimationFrame(frame));
    const shown = cost.textContent;
    await new Promise<void>((painted) => {
      const observer = new MutationObserver(() => {
        if (cost.textContent !== shown) {
          observer.disconnect();
          painted();
        }
      });
      observer.observe(cost, { subtree: true, childList: true, characterData: true });
      if (i === 0) began = performance.now();
      slider.value = String(700 + i * 7);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  return { began, started: layoutsStartedSinceBegan() };
}

/**
 * Priced costs, then the deck on the first option's slide with its diagram
 * drawn and the sliders panel open: where both drags below start.
 */
async function openDeckWithSlidersOnFirstOption(app: AppPage) {
  const option = SERVICE_OPTION_SLIDES[0]!;
  await app.open('#/costs');
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-priced-in-page', 'us-east-1');
  await presentFromSlide(app, 2);
  const diagram = app.byTestId(TID.slide).getByTestId(TID.diagram(option.id));
  await expect(diagram).toHaveAttribute('data-state', 'rendered');
  await app.page.keyboard.press('s');
  await expect(app.byTestId(TID.slidersPanel)).toBeVisible();
  return { option, diagram };
}

test('a drag with a diagram on screen lays out no diagram while it moves, and the one on screen once it rests', async ({
  app,
}) => {
  // The deck loads on first use, and the page waits for a debounced re-layout: slow on a shared machine.
  test.slow();
  const { option, diagram } = await openDeckWithSlidersOnFirstOption(app);
  // The next slide is drawn beside it, hidden, once the deck is idle: its first picture is in before
  // the drag (one drawn after would be background work, held by the drag and drawn once it rests).
  const next = SERVICE_OPTION_SLIDES[1]!;
  const nextDiagram = app.byTestId(TID.slide).getByTestId(TID.diagram(next.id));
  await expect(nextDiagram).toHaveAttribute('data-state', 'rendered');
  // The service pages' warm-up ends first: its pictures share their names with the slides' own.
  // (The report's warm-up may still be going: it is held during the drag, and named apart.)
  const warmUp = { timeout: 45_000 };
  const servicePagesWarmed = async () =>
    (await app.page.evaluate(layouts)).filter((name) => !name.includes(':report-warm-up:')).length;
  await expect.poll(servicePagesWarmed, warmUp).toBeGreaterThanOrEqual(8);
  const settled = (await app.page.evaluate(layouts)).length;

  const drag = await app.page.evaluate(dragAndCountLayouts, { moves: MOVES, costId: TID.slideCost(option.id) });
  expect(drag.started).toEqual([]);
  // Once the moves rest, the diagram on screen is laid out again for the last workload: once.
  await expect(diagram).toHaveAttribute('data-state', 'rendered');
  const ofThisSlide = async () =>
    (await app.page.evaluate(layouts)).slice(settled).filter((name) => name.startsWith(`mermaid-render:${option.id}:`));
  await expect.poll(async () => (await ofThisSlide()).length).toBeGreaterThan(0);
  expect(await ofThisSlide()).toEqual([`mermaid-render:${option.id}:light`]);
  // …and before any background picture the drag held back (the report's warm-up may still be going).
  // Counted from the drag's first move: a warm-up may start in the moment before it, unheld.
  const startedSinceTheDrag = await app.page.evaluate(
    (since) =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('mermaid-render:') && m.startTime >= since)
        .map((m) => m.name),
    drag.began,
  );
  expect(startedSinceTheDrag[0]).toBe(`mermaid-render:${option.id}:light`);

  // The next slide is drawn beside it, hidden: its picture follows the workload when it is shown
  // (→), not in the idle time after every drag.
  const shownAt = await app.page.evaluate(() => performance.now());
  await app.page.keyboard.press('ArrowRight');
  await expect(nextDiagram).toHaveAttribute('data-state', 'rendered');
  const nextLayoutsStarted = await app.page.evaluate(
    (name) =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name === name)
        .map((m) => m.startTime),
    `mermaid-render:${next.id}:light`,
  );
  const sinceTheDrag = nextLayoutsStarted.filter((start) => start > drag.began);
  expect(sinceTheDrag.length).toBe(1);
  expect(sinceTheDrag[0]).toBeGreaterThan(shownAt);
});

test('a drag that starts while the slides’ first pictures in a new theme are laid out draws each once, not on every move', async ({
  app,
}) => {
  test.slow();
  const { option } = await openDeckWithSlidersOnFirstOption(app);
  // The system turns dark: every picture on the deck is drawn afresh, and the drag starts at once.
  const before = (await app.page.evaluate(layouts)).length;
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.page.evaluate(dragAndCountLayouts, { moves: 40, costId: TID.slideCost(option.id) });
  const perOption = new Map<string, number>();
  for (const name of (await app.page.evaluate(layouts)).slice(before))
    perOption.set(name, (perOption.get(name) ?? 0) + 1);
  // Each: the first picture under way as the drag began (kept, marked as updating), and at most the
  // dark warm-up's one already started; never one per move.
  for (const [name, count] of perOption) expect(count, name).toBeLessThanOrEqual(2);
});
