// Issue #15 figures, in browser mode: what a slider move costs (time, frames,
// HTTP requests, socket messages, sweeps), and the profiles page with 10,000
// profiles (listed → painted, rows in the DOM, scroll frame rate). Each line
// carries the machine's load averages: on a shared machine they say how far
// to trust the milliseconds. The counts do not depend on load.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, ms, percentile, startHost } from './browser-session.mjs';

const MOVES = 200;
const PROFILE_COUNT = 10_000;
const LIST_RUNS = 5;
const SCROLL_FRAMES = 180;

/** The 1-, 5- and 15-minute load averages, and how many cores share them. */
export function loadNote() {
  const [one, five, fifteen] = os.loadavg().map((v) => v.toFixed(2));
  return `[load ${one} ${five} ${fifteen} on ${os.cpus().length} cores]`;
}

/** One figure's line, with the load it was measured under. */
export const say = (line) => console.log(`${line}  ${loadNote()}`);
/** p50 and p95 of a list of times. */
export const spread = (values) => `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}`;
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

export async function benchLevers() {
  console.log('\n# Performance levers (issue 15; browser mode, Chromium)');
  await benchSliders();
  await benchProfilesList();
}

/** Slider input → costs painted, on the Costs page and on a deck slide with its diagram on screen. */
export async function benchSliders() {
  const slider = await sliderMoves();
  // The first figure starts its clock at a frame's start and stops it at the next frame's: a move shown in its
  // own frame reads as one whole frame interval (16.7 ms at 60 Hz), so the targets are read off the move's own
  // frame here and the real drag (slider-drag.mjs).
  say(
    `slider input → the next frame begins (${MOVES} moves, input dispatched at a frame's start): ${spread(slider.times)}; ` +
      `one frame interval when each move is shown in its own frame`,
  );
  say(
    `  the move's own frame, input → costs committed by the main thread: ${spread(slider.committed)} over ` +
      `${slider.committed.length} moves shown in it (target p95 < 16 ms, p50 < 8 ms)`,
  );
  say(
    `  per move: ${mean(slider.frames).toFixed(2)} frames (max ${Math.max(...slider.frames)}; target 1), ` +
      `${slider.inFrame} of ${MOVES} painted before the next frame, ` +
      `${(slider.httpCalls / MOVES).toFixed(2)} HTTP API requests, ${(slider.socketCalls / MOVES).toFixed(2)} socket messages, ` +
      `${slider.sweeps} break-even sweeps asked for over all ${MOVES} requests moves (target 0)`,
  );
  say(
    `  one API call's round trip (getAppInfo, 100 each): HTTP ${spread(slider.trips.http)}, WebSocket ${spread(slider.trips.socket)}`,
  );
  const deck = await sliderMovesWithDiagram();
  say(
    `slider input → the next frame begins, a diagram on screen (deck slide + sliders panel, ${MOVES} moves): ${spread(deck.times)}`,
  );
  say(
    `  the move's own frame, input → costs committed by the main thread: ${spread(deck.committed)} over ${deck.committed.length} moves shown in it (target p95 < 16 ms)`,
  );
  say(
    `  per move: ${mean(deck.frames).toFixed(2)} frames (max ${Math.max(...deck.frames)}; target 1), ` +
      `${deck.inFrame} of ${MOVES} painted before the next frame; Mermaid layouts started during the ${MOVES} moves: ${deck.layoutsDuring} ` +
      `(target 0; ${deck.layoutsUnderWay} already under way when they began); once they rest, until the one on screen is redrawn: ` +
      `${deck.layoutsAfter.join(', ') || 'none'} (target: lambda:light alone, after the costs)`,
  );
}

/** The profiles page over 10,000 profiles, on a folder an earlier run of the app has indexed. */
export async function benchProfilesList() {
  const list = await profilesList();
  say(
    `${PROFILE_COUNT.toLocaleString('en-US')} profiles: open the page → list painted ${spread(list.painted)} over ${LIST_RUNS} opens (target < 500 ms); ` +
      `${list.rows} rows in the DOM`,
  );
  say(
    `  scroll: ${list.fps.toFixed(1)} frames/s, frame interval ${spread(list.intervals)} over ${SCROLL_FRAMES} frames (target 60 frames/s)`,
  );
}

const COSTS_SLIDER = '[data-testid="slider-requestsPerMonth"]';
const LAMBDA_BAR = '[data-testid="cost-bar-lambda"]';
/** Mermaid layouts (page time) by when they started: `[from, to)`, names without the prefix, in order. */
const layoutsStartedBetween = (page, from, to = Infinity) =>
  page.evaluate(
    ([t0, t1]) =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('mermaid-render:') && m.startTime >= t0 && m.startTime < t1)
        .sort((a, b) => a.startTime - b.startTime)
        .map((m) => m.name.slice('mermaid-render:'.length)),
    [from, to === Infinity ? Number.MAX_VALUE : to],
  );
/** Layouts that ended after `since` (page time) but had started before it: under way when the moves began. */
const layoutsUnderWaySince = (page, since) =>
  page.evaluate(
    (t) =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('mermaid-render:') && m.startTime < t && m.startTime + m.duration > t).length,
    since,
  );

/** The page prices moves itself once it holds the Region's book, as it does a moment after launch (a build without it: at once). */
const pricedInPage = (page) =>
  page.waitForFunction(() => {
    const costs = document.querySelector('[data-testid="costs-page"]');
    return (
      costs && (!costs.hasAttribute('data-priced-in-page') || costs.getAttribute('data-priced-in-page') !== 'none')
    );
  });

/** The Costs page with its costs, chart and break-even in, the start-up layouts (pages' and report's) done and moves priced in the page. */
export async function openCostsPageSettled(page, url) {
  await page.goto(`${url}#/costs`);
  await page.locator(`${LAMBDA_BAR}[data-monthly-usd]`).waitFor();
  await page.locator('[data-testid="break-even-chart"]').waitFor();
  await backgroundLayoutsDone(page);
  await pricedInPage(page);
}

/**
 * Both idle-time passes of start-up layouts have come to their end (`idle-layouts.ts` marks it): the
 * service pages' diagrams and the report's. Counting the pages' 8 layouts alone let the moves begin
 * while the report's were still being laid out, a long task at a time.
 */
export const backgroundLayoutsDone = (page) =>
  page.waitForFunction(() =>
    ['diagrams', 'report'].every((pass) => performance.getEntriesByName(`idle-layouts-done:${pass}`).length > 0),
  );

async function sliderMoves() {
  const browser = await launchChromium();
  const host = await startHost();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let httpCalls = 0;
    let socketCalls = 0;
    let sweeps = 0;
    let counting = false;
    page.on('request', (request) => {
      if (counting && new URL(request.url()).pathname.startsWith('/api/')) httpCalls++;
    });
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        if (!counting) return;
        socketCalls++;
        if (String(payload).includes('"method":"findBreakEven"')) sweeps++;
      }),
    );
    await openCostsPageSettled(page, host.url);
    counting = true;
    const moved = await page.evaluate(timeMovesAndFrames, {
      moves: MOVES,
      slider: COSTS_SLIDER,
      shown: LAMBDA_BAR,
      attribute: 'data-monthly-usd',
    });
    counting = false;
    const trips = await page.evaluate(timeRoundTrips, 100);
    return { ...moved, httpCalls, socketCalls, sweeps, trips };
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** The same moves on an option's slide of the deck, its diagram on screen, with the sliders panel open. */
async function sliderMovesWithDiagram() {
  const browser = await launchChromium();
  const host = await startHost();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${host.url}#/costs`);
    await page.locator(`${LAMBDA_BAR}[data-monthly-usd]`).waitFor();
    await pricedInPage(page);
    await backgroundLayoutsDone(page);
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F5');
    await page.locator('[data-testid="slide"]').waitFor();
    await page.keyboard.press('2');
    // The deck's first option slide: Lambda's diagram and cost.
    const diagram = page.locator('[data-testid="slide"] [data-testid="diagram-lambda"][data-state="rendered"]');
    await diagram.waitFor();
    await page.keyboard.press('s');
    await page.locator(`[data-testid="sliders-panel"] ${COSTS_SLIDER}`).waitFor();
    const moved = await page.evaluate(timeMovesAndFrames, {
      moves: MOVES,
      slider: `[data-testid="sliders-panel"] ${COSTS_SLIDER}`,
      shown: '[data-testid="slide-cost-lambda"]',
      attribute: null,
    });
    const movesBegan = moved.firstInput;
    const movesEnded = await page.evaluate(() => performance.now());
    // Counted by when each started: one that ended during the moves may have begun before them.
    const layoutsDuring = (await layoutsStartedBetween(page, movesBegan, movesEnded)).length;
    // A layout already running when the drag began cannot be held back; one started during it could have been.
    const layoutsUnderWay = await layoutsUnderWaySince(page, movesBegan);
    // Once the moves rest, the diagram on screen is laid out again (debounced, in idle time).
    await page.locator('[data-testid="slide"] [data-testid="diagram-lambda"][data-state="updating"]').waitFor({
      state: 'detached',
    });
    await diagram.waitFor();
    const layoutsAfter = await layoutsStartedBetween(page, movesEnded);
    return { ...moved, layoutsDuring, layoutsUnderWay, layoutsAfter };
  } finally {
    await browser.close();
    await host.stop();
  }
}

/**
 * Runs in the page: moves the slider as a drag does and waits for what the
 * page shows (an attribute, or the text) to change, then the frame that
 * paints it. A frame counter runs alongside, so a move painted in the frame
 * after its input counts 1; `inFrame` counts the moves whose costs were in the
 * DOM before the next frame's callbacks ran.
 */
export async function timeMovesAndFrames({ moves, slider: sliderSelector, shown: shownSelector, attribute }) {
  let frame = 0;
  let running = true;
  const tick = () => {
    frame++;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const slider = document.querySelector(sliderSelector);
  const shown = () => {
    const element = document.querySelector(shownSelector);
    return attribute ? element.getAttribute(attribute) : element.textContent;
  };
  const times = [];
  const committed = [];
  const frames = [];
  let inFrame = 0;
  let firstInput;
  for (let i = 0; i < moves; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const before = shown();
    const startFrame = frame;
    const started = performance.now();
    firstInput ??= started;
    slider.value = String(600 + (i % 2 === 0 ? 1 : -1) * (50 + (i % 50)));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    // The move starts in a frame's animation step, as Chromium hands a drag's input to the page. A task
    // posted now runs once that frame's rendering (style, layout, paint, commit) is done: when the move
    // was shown by then, that is the time to a frame that holds it. Raster and display follow off the main thread.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (shown() !== before) committed.push(performance.now() - started);
      channel.port1.close();
    };
    channel.port2.postMessage(null);
    requestAnimationFrame(() => {
      if (shown() !== before) inFrame++;
    });
    await new Promise((resolve) => {
      const done = () => requestAnimationFrame(() => resolve());
      if (shown() !== before) return done();
      const observer = new MutationObserver(() => {
        if (shown() !== before) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
    });
    times.push(performance.now() - started);
    frames.push(frame - startFrame);
  }
  running = false;
  return { times, committed, frames, inFrame, firstInput };
}

/** Runs in the page: the same call over HTTP and over a WebSocket of its own, one at a time, as the app makes them. */
async function timeRoundTrips(count) {
  const token = sessionStorage.getItem('compute-explorer.token');
  const http = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await (
      await fetch('/api/getAppInfo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Explorer-Token': token },
        body: '{}',
        cache: 'no-store',
      })
    ).json();
    http.push(performance.now() - started);
  }
  const socket = new WebSocket(`ws://${location.host}/api/socket`, ['compute-explorer.v1', `explorer-token.${token}`]);
  await new Promise((resolve) => socket.addEventListener('open', resolve));
  const overSocket = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await new Promise((resolve) => {
      socket.addEventListener('message', resolve, { once: true });
      socket.send(JSON.stringify({ id: i, method: 'getAppInfo' }));
    });
    overSocket.push(performance.now() - started);
  }
  socket.close();
  return { http, socket: overSocket };
}

async function profilesList() {
  const outfile = path.resolve('dist/bench/profiles-store.cjs');
  await build({
    entryPoints: ['scripts/bench/profiles-store.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  const store = createRequire(import.meta.url)(outfile);
  const browser = await launchChromium();
  const host = await startHost({
    seed: (dataDir) => store.fillAndIndex(path.join(dataDir, 'profiles'), PROFILE_COUNT),
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${host.url}#/costs`);
    await page.locator('[data-testid="cost-bar-lambda"][data-monthly-usd]').waitFor();
    const painted = [];
    for (let run = 0; run < LIST_RUNS; run++) {
      await page.evaluate(() => document.querySelector('a[href="#/costs"]').click());
      await page.locator('[data-testid="costs-page"]').waitFor();
      painted.push(await page.evaluate(timeListPainted, PROFILE_COUNT));
    }
    const rows = await page.locator('[data-testid="profile-list"] > li').count();
    const intervals = await page.evaluate(scrollFrames, SCROLL_FRAMES);
    const fps = 1000 / mean(intervals);
    return { painted, rows, intervals, fps };
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** Runs in the page: click Profiles, resolve at the first frame after the list says it holds every profile. */
function timeListPainted(count) {
  return new Promise((resolve) => {
    const started = performance.now();
    const ready = () => {
      const first = document.querySelector('[data-testid="profile-list"] > li');
      return first && Number(first.getAttribute('aria-setsize')) >= count;
    };
    const observer = new MutationObserver(() => {
      if (ready()) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - started));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    document.querySelector('a[href="#/profiles"]').click();
  });
}

/** Runs in the page: scrolls the page 150 px a frame, as a fast wheel does, and returns the frame intervals. */
function scrollFrames(frames) {
  return new Promise((resolve) => {
    const scroller = document.querySelector('main');
    const stamps = [];
    const step = (now) => {
      stamps.push(now);
      scroller.scrollTop += 150;
      if (stamps.length <= frames) requestAnimationFrame(step);
      else resolve(stamps.slice(1).map((t, i) => t - stamps[i]));
    };
    requestAnimationFrame(step);
  });
}
