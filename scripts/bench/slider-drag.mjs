// A real drag of the requests slider. Playwright's mouse sends trusted events
// through the browser, so Chromium moves the thumb itself and hands each move
// to the page at the start of a frame, as it does a user's drag; the other
// slider figures dispatch `input` from script. Per move: was the cost in the
// frame that moved the thumb, and how long from the move reaching the page
// (and from the mouse event's own time stamp) to the end of the main thread's
// work on the frame that shows the cost. (Event Timing cannot say: Chromium
// does not time `input` events, nor mouse moves.)
// `node scripts/bench/slider-drag.mjs` runs it alone, after `npm run build`;
// ADD_MS=20 adds that much work to every move, to see the measure catch it;
// STYLE="css" adds a style sheet first.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, startHost } from './browser-session.mjs';
import { openCostsPageSettled, say, spread } from './levers.mjs';

const SLIDER = '[data-testid="slider-requestsPerMonth"]';
const SHOWN = '[data-testid="cost-bar-lambda"]';

/** Drags the slider back and forth `moves` times; `extraMs` of work is added to every input. */
export async function dragSlider(moves = 200, extraMs = 0) {
  const browser = await launchChromium();
  const host = await startHost();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openCostsPageSettled(page, host.url);
    // STYLE="css": a style sheet added to the page, to try a CSS lever before building it in.
    if (process.env.STYLE) await page.addStyleTag({ content: process.env.STYLE });
    await page.evaluate(watchMoves, { slider: SLIDER, shown: SHOWN, extraMs });
    const box = await page.locator(SLIDER).boundingBox();
    const y = box.y + box.height / 2;
    const middle = box.x + box.width / 2;
    // 12 px either side of the middle: every move changes the value, so every move is an input event.
    const reach = Math.min(12, box.width / 4);
    await page.mouse.move(middle, y);
    await page.mouse.down();
    for (let i = 0; i < moves; i++) await page.mouse.move(middle + (i % 2 === 0 ? reach : -reach), y);
    await page.mouse.up();
    await page.waitForFunction((count) => window.__sliderDrag.settled >= count, moves);
    return await page.evaluate(() => window.__sliderDrag);
  } finally {
    await browser.close();
    await host.stop();
  }
}

/**
 * Runs in the page. On each input (first, before the app's own listeners),
 * notes the cost shown, then after each frame's rendering (a task posted from
 * its animation callbacks runs once style, layout, paint and commit are done)
 * looks whether the cost has changed.
 */
function watchMoves({ slider: sliderSelector, shown: shownSelector, extraMs }) {
  const slider = document.querySelector(sliderSelector);
  const shown = () => document.querySelector(shownSelector).getAttribute('data-monthly-usd');
  const seen = (window.__sliderDrag = { inputs: 0, settled: 0, framesLate: [], fromPage: [], fromEvent: [] });
  const afterFrame = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        then();
      };
      channel.port2.postMessage(null);
    });
  window.addEventListener(
    'input',
    (event) => {
      if (event.target !== slider) return;
      seen.inputs++;
      const reached = performance.now();
      const before = shown();
      let late = 0;
      const look = () => {
        if (shown() === before && late < 10) {
          late++;
          afterFrame(look);
          return;
        }
        const now = performance.now();
        seen.framesLate.push(late);
        seen.fromPage.push(now - reached);
        seen.fromEvent.push(now - event.timeStamp);
        seen.settled++;
      };
      afterFrame(look);
      const until = performance.now() + extraMs;
      while (performance.now() < until);
    },
    { capture: true },
  );
}

/** The lines `npm run bench` prints. */
function describeDrag({ inputs, framesLate, fromPage, fromEvent }) {
  const inFrame = framesLate.filter((late) => late === 0).length;
  say(
    `slider dragged with the mouse (trusted events, ${inputs} moves): cost shown in the frame that moved the thumb for ${inFrame} of ${framesLate.length} (target all)`,
  );
  say(
    `  the move reaching the page → that frame's main-thread work done: ${spread(fromPage)} (target p95 < 16 ms, p50 < 8 ms)`,
  );
  say(
    `  from the mouse event's own time stamp, the wait for the frame Chromium hands it over in included: ${spread(fromEvent)}`,
  );
}

/** For `npm run bench`, beside the other slider figures. */
export async function benchSliderDrag(extraMs = 0) {
  describeDrag(await dragSlider(200, extraMs));
}

if (realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const extraMs = Number(process.env.ADD_MS ?? 0);
  if (extraMs > 0) console.log(`(${extraMs} ms of work added to every move)`);
  await benchSliderDrag(extraMs);
}
