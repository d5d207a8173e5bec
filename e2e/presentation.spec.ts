import type { Locator } from '@playwright/test';
import { DEFAULT_WORKLOAD, evaluate, findBreakEvens, sweepRequests } from '../electron/common/pricing';
import { OPTIONS } from '../renderer/src/lib/catalog';
import { CHART_TID } from '../renderer/src/lib/charts/chart-test-ids';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';
import { SERVICE_DECK, SERVICE_OPTION_SLIDES } from './support/service-deck';
import { measureText } from './support/slide-text';

// The deck's code loads on first use, and the 18 px check draws every slide: slow on a loaded machine.
test.describe.configure({ timeout: 120_000 });

const SLIDE_COUNT = SERVICE_DECK.count;
const EXAMPLE = { id: 'example-public-api-backend', name: 'Public API backend' };
const COST_TEXT = /\$[\d,]+\.\d\d a month\s*\$[\d,]+\.\d\d a year|Not feasible:/;

/** The deck in words the tests read; option slides are 2…, by catalog order (Batch left out for a service). */
class Deck {
  readonly root: Locator;
  readonly slide: Locator;
  readonly counter: Locator;

  constructor(readonly app: AppPage) {
    this.root = app.byTestId(TID.presentation);
    this.slide = app.byTestId(TID.slide);
    this.counter = app.byTestId(TID.slideCounter);
  }

  async press(key: string): Promise<void> {
    await this.app.page.keyboard.press(key);
  }

  async expectSlide(n: number): Promise<void> {
    await expect(this.counter).toHaveText(`${n} / ${SLIDE_COUNT}`);
    await expect(this.slide).toHaveAttribute('aria-label', new RegExp(`^Slide ${n} of ${SLIDE_COUNT}: `));
  }

  /** Waits until what the slide draws (diagram, cost, chart) is on screen. */
  async waitUntilDrawn(n: number): Promise<void> {
    const option = n <= SERVICE_OPTION_SLIDES.length + 1 ? SERVICE_OPTION_SLIDES[n - 2] : undefined;
    if (option) {
      await expect(this.slide.getByTestId(TID.diagram(option.id))).toHaveAttribute('data-state', 'rendered');
      await expect(this.app.byTestId(TID.slideCost(option.id))).not.toHaveAttribute('data-state', 'pricing');
    } else if (n === SERVICE_DECK.comparison) {
      await expect(this.slide.getByTestId(CHART_TID.costBar(OPTIONS[0]!.id))).toBeVisible();
    } else if (n === SERVICE_DECK.breakEven) {
      await expect(this.slide.getByTestId(CHART_TID.breakEvenChart).locator('svg').first()).toBeVisible();
    } else if (n === SERVICE_DECK.recommendation) {
      await expect(this.app.byTestId(TID.recommendationDrivers)).toBeVisible();
    } else if (n === SERVICE_DECK.assumptions) {
      await expect(this.app.byTestId(TID.assumptionsPrices)).toBeVisible();
    }
  }
}

async function openExample(app: AppPage): Promise<void> {
  await app.open('#/profiles');
  await app.byTestId(TID.profileItem(EXAMPLE.id)).getByRole('button', { name: EXAMPLE.name }).click();
  await expect(app.byTestId(TID.profileName)).toHaveText(EXAMPLE.name);
}

test('F5 opens the deck full-window at the title slide, with the profile’s name and notes', async ({ app }) => {
  await openExample(app);
  await app.pressGlobal('F5');
  const deck = new Deck(app);
  await deck.expectSlide(1);
  await expect(deck.slide).toHaveAttribute('aria-roledescription', 'slide');
  await expect(deck.slide).toHaveAttribute('aria-label', `Slide 1 of ${SLIDE_COUNT}: ${EXAMPLE.name}`);
  await expect(deck.slide.getByRole('heading', { name: EXAMPLE.name })).toBeVisible();
  await expect(deck.slide).toContainText('A JSON API behind API Gateway');
  await expect(deck.slide).toBeFocused();
  await expect(app.announcer).toHaveText(`Slide 1 of ${SLIDE_COUNT}: ${EXAMPLE.name}`);
  const box = await deck.root.boundingBox();
  expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 800 });
});

test('without a profile the title slide says “Untitled workload” and describes the workload', async ({ app }) => {
  await app.pressGlobal('F5');
  const deck = new Deck(app);
  // The deck's code loads on first use: wait for it before pressing keys.
  await deck.expectSlide(1);
  await expect(deck.slide.getByRole('heading', { name: 'Untitled workload' })).toBeVisible();
  await expect(deck.slide).toContainText('10 M requests a month, 120 ms and 512 MB each');
});

test('→, PageDown, Space, End, Home and the number keys move through the deck', async ({ app }) => {
  await app.pressGlobal('F5');
  const deck = new Deck(app);
  // The deck's code loads on first use: wait for it before pressing keys.
  await deck.expectSlide(1);
  // Key, then the slide it lands on; the ends hold instead of wrapping.
  // prettier-ignore
  const steps: [string, number][] = [
    ['ArrowRight', 2], ['PageDown', 3], ['Space', 4], ['Shift+Space', 3], ['ArrowLeft', 2], ['PageUp', 1],
    ['ArrowLeft', 1], ['End', SLIDE_COUNT], ['ArrowRight', SLIDE_COUNT], ['Home', 1], ['3', 3], ['0', 10], ['9', 9],
  ];
  for (const [key, slide] of steps) {
    await deck.press(key);
    await deck.expectSlide(slide);
  }
  await expect(app.announcer).toHaveText(`Slide 9 of ${SLIDE_COUNT}: Cost comparison`);
  await app.byTestId(TID.slidePrevious).click();
  await deck.expectSlide(8);
  // Past the tenth: a second digit typed straight after the first (1, 1: slide 11).
  await deck.press('1');
  await deck.press('1');
  await deck.expectSlide(11);
});

test('every option slide of a service shows its diagram, its three key facts and its cost', async ({ app }) => {
  await app.pressGlobal('F5');
  const deck = new Deck(app);
  // The deck's code loads on first use: wait for it before pressing keys.
  await deck.expectSlide(1);
  for (const [i, option] of SERVICE_OPTION_SLIDES.entries()) {
    await deck.press(String(i + 2));
    await deck.expectSlide(i + 2);
    await expect(deck.slide.getByRole('heading', { name: option.label, exact: true })).toBeVisible();
    await expect(deck.slide.getByTestId(TID.diagram(option.id)).locator('svg').first()).toBeVisible();
    await expect(app.byTestId(TID.slideFacts(option.id)).getByRole('listitem')).toHaveText(option.keyFacts);
    await expect(app.byTestId(TID.slideCost(option.id))).toContainText(COST_TEXT);
  }
});

test('the comparison and break-even slides draw their charts and sentences', async ({ app }) => {
  await app.pressGlobal('F5');
  const deck = new Deck(app);
  // The deck's code loads on first use: wait for it before pressing keys.
  await deck.expectSlide(1);
  await deck.press(String(SERVICE_DECK.comparison));
  await deck.expectSlide(SERVICE_DECK.comparison);
  await expect(deck.slide.getByTestId(CHART_TID.costChart)).toBeVisible();
  // Without a profile the deck shows the default workload: each bar says what the engine says of it.
  const priced = evaluate(DEFAULT_WORKLOAD).options;
  for (const option of OPTIONS) {
    const feasible = priced.find((entry) => entry.id === option.id)!.feasible;
    await expect(deck.slide.getByTestId(CHART_TID.costBar(option.id))).toHaveAttribute(
      'data-feasible',
      String(feasible),
    );
  }
  // A bar is a way to that option's slide.
  const fargate = OPTIONS.find((o) => o.id === 'fargate')!;
  await deck.slide.getByTestId(CHART_TID.costBar(fargate.id)).click();
  await expect(deck.slide).toHaveAttribute('aria-label', new RegExp(`: ${fargate.label}$`));

  await deck.press(String(SERVICE_DECK.breakEven % 10));
  await deck.expectSlide(SERVICE_DECK.breakEven);
  await expect(deck.slide.getByTestId(CHART_TID.breakEvenChart)).toBeVisible();
  await expect(deck.slide.getByTestId(CHART_TID.breakEvenSeries('lambda'))).toBeAttached();
  const { sentences } = findBreakEvens(DEFAULT_WORKLOAD, sweepRequests(DEFAULT_WORKLOAD));
  expect(sentences.length, 'the default workload has crossovers to describe').toBeGreaterThan(0);
  await expect(app.byTestId(TID.slideSentences).getByRole('listitem')).toHaveText(sentences);
});

test('Esc leaves the deck, out of full screen, and gives focus back to the Present button', async ({ app }) => {
  const present = app.byTestId(TID.presentStart);
  await present.click();
  const deck = new Deck(app);
  await expect(deck.slide).toBeFocused();
  await expect(app.page.locator('.layout')).toHaveAttribute('inert');
  await deck.press('ArrowRight');
  await deck.press('Escape');
  await expect(deck.root).toHaveCount(0);
  await expect(present).toBeFocused();
  expect(await app.page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(app.page.locator('.layout')).not.toHaveAttribute('inert');

  await present.click();
  await deck.expectSlide(1);
  await app.byTestId(TID.presentationExit).click();
  await expect(deck.root).toHaveCount(0);
});

test('text selected on the page is set aside while the deck is up and selected again after', async ({ app }) => {
  await app.open('#/costs');
  const heading = app.page.getByRole('heading', { level: 1, name: 'What would it cost?' });
  await heading.click({ clickCount: 3 });
  const selected = () => app.page.evaluate(() => document.getSelection()?.toString().trim());
  expect(await selected()).toBe('What would it cost?');

  await app.page.keyboard.press('F5');
  const deck = new Deck(app);
  await deck.expectSlide(1);
  // Nothing stays selected under the deck, not even out of sight: Chromium would lay the hidden
  // page out again on every frame it changes in (page-selection.ts).
  expect(await app.page.evaluate(() => document.getSelection()?.rangeCount)).toBe(0);

  await deck.press('Escape');
  await expect(deck.root).toHaveCount(0);
  await expect.poll(selected).toBe('What would it cost?');
});

test('the sliders panel answers a what-if live: the slide’s cost follows the workload', async ({ app }) => {
  await app.pressGlobal('F5');
  const deck = new Deck(app);
  // The deck's code loads on first use: wait for it before pressing keys.
  await deck.expectSlide(1);
  await deck.press('2');
  const cost = app.byTestId(TID.slideCost(OPTIONS[0]!.id));
  await expect(cost).toContainText(COST_TEXT);
  const before = await cost.textContent();

  await deck.press('s');
  await expect(app.byTestId(TID.slidersToggle)).toHaveAttribute('aria-expanded', 'true');
  const panel = app.byTestId(TID.slidersPanel);
  // Keys on a focused slider move the slider, not the deck.
  await panel.getByTestId(TID.slider('requestsPerMonth')).press('End');
  await expect(cost).not.toHaveText(before ?? '');
  await expect(cost).toContainText(COST_TEXT);
  await deck.expectSlide(2);
  const typed = panel.getByTestId(TID.numberInput('requestsPerMonth'));
  await typed.fill('200,000,000');
  await typed.press('Enter');
  await expect(cost).toContainText('for 200 M requests a month');

  await app.byTestId(TID.slidersToggle).click();
  await expect(app.byTestId(TID.slidersPanel)).toHaveCount(0);
});

test.describe('in a window of another shape', () => {
  test.use({ viewport: { width: 1280, height: 1024 } });

  test('the 16:9 stage is scaled to the window’s width and letterboxed', async ({ app }) => {
    await app.pressGlobal('F5');
    const stage = new Deck(app).slide.locator('..');
    const box = (await stage.boundingBox())!;
    expect(box.width).toBeCloseTo(1280, 0);
    expect(box.height).toBeCloseTo(720, 0);
    expect(box.y).toBeCloseTo((1024 - 720) / 2, 0);
  });
});

test.describe('at 1920×1080, read from the back of a room', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  // Checks every visible text element of every slide, the counter and buttons included, and
  // the SVG text of the charts and diagrams too: computed font-size × the scale it is drawn at.
  // Outside the charts and diagrams the scale is 1 here (the stage is shown 1:1), so that is the
  // computed font-size itself. Chart text (11–13 px computed) and Mermaid labels (16 px computed)
  // pass only because the slides enlarge them. The sliders panel is closed: it is not slide content.
  test('no text on any slide is drawn smaller than 18 px', async ({ app }) => {
    await openExample(app);
    await app.pressGlobal('F5');
    const deck = new Deck(app);
    // The deck's code loads on first use: wait for it before pressing keys.
    await deck.expectSlide(1);
    await expect(deck.slide.locator('..')).toHaveAttribute('data-scale', '1');
    const tooSmall: string[] = [];
    for (let n = 1; n <= SLIDE_COUNT; n++) {
      await deck.expectSlide(n);
      await deck.waitUntilDrawn(n);
      const sizes = await deck.root.evaluate(measureText);
      expect(sizes.length, `text elements on slide ${n}`).toBeGreaterThan(5);
      const smallest = Math.min(...sizes.map((s) => s.computedPx * s.scale)).toFixed(1);
      test
        .info()
        .annotations.push({ type: `slide ${n}`, description: `${sizes.length} texts, smallest ${smallest} px` });
      for (const { text, computedPx, scale } of sizes) {
        if (computedPx * scale < 18) tooSmall.push(`slide ${n}: “${text}” ${computedPx} px × ${scale.toFixed(3)}`);
      }
      await deck.press('ArrowRight');
    }
    expect(tooSmall).toEqual([]);
  });
});
