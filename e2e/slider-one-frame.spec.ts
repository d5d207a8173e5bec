import { CHART_TID } from '../renderer/src/lib/charts/chart-test-ids';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';

const MOVES = 12;

/** What the page showed for one move, in the order it showed it. */
interface MoveLog {
  /** Each Lambda total the bar showed after the input, with the costs page's state at that moment. */
  shown: { usd: string; pricing: string }[];
}

/**
 * Runs in the page: moves the requests slider as a drag does, one move at a
 * time, and records every Lambda total the bar shows until the worker has
 * confirmed the move (the page says `data-pricing="current"`).
 */
async function moveAndRecord(moves: number): Promise<MoveLog[]> {
  const page = document.querySelector('[data-testid="costs-page"]')!;
  const slider = document.querySelector<HTMLInputElement>('[data-testid="slider-requestsPerMonth"]')!;
  const bar = document.querySelector('[data-testid="cost-bar-lambda"]')!;
  const logs: MoveLog[] = [];
  for (let i = 0; i < moves; i++) {
    const log: MoveLog = { shown: [] };
    let last = bar.getAttribute('data-monthly-usd');
    const note = () => {
      const usd = bar.getAttribute('data-monthly-usd') ?? '';
      if (usd !== last) log.shown.push({ usd, pricing: page.getAttribute('data-pricing') ?? '' });
      last = usd;
    };
    const observer = new MutationObserver(note);
    observer.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
    await new Promise<void>((confirmed) => {
      const watch = new MutationObserver(() => {
        if (page.getAttribute('data-pricing') === 'current') {
          watch.disconnect();
          confirmed();
        }
      });
      watch.observe(page, { attributes: true, attributeFilter: ['data-pricing'] });
      slider.value = String(600 + (i % 2 === 0 ? 1 : -1) * (50 + i));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    note();
    observer.disconnect();
    logs.push(log);
  }
  return logs;
}

test('a slider move is priced in the page, painted before the worker answers, and the worker confirms the same numbers', async ({
  app,
}) => {
  await app.open('#/costs');
  const costs = app.byTestId(TID.costsPage);
  await expect(costs).toHaveAttribute('data-pricing', 'current');
  // The page prices moves itself once it holds the Region's book (fetched after the first costs).
  await expect(costs).toHaveAttribute('data-priced-in-page', 'us-east-1');
  await app.byTestId(CHART_TID.costBar('lambda')).click();

  const logs = await app.page.evaluate(moveAndRecord, MOVES);
  for (const [index, log] of logs.entries()) {
    // One new total per move, shown while the worker had not answered yet (priced in the
    // page, so in the input's frame), and not changed again by the worker's answer.
    expect(log.shown, `move ${index + 1}`).toHaveLength(1);
    expect(log.shown[0]!.pricing, `move ${index + 1}`).toBe('provisional');
  }

  // Once confirmed, the total is the sum of the line items the worker sent.
  await expect(costs).toHaveAttribute('data-pricing', 'current');
  const items = app.byTestId(TID.lineItems('lambda'));
  const lines = await items.locator('tbody td.cost').allTextContents();
  const total = await items.getByTestId(TID.monthlyTotal).textContent();
  const dollars = (text: string | null) => Number((text ?? '').replace(/[$,]/g, ''));
  const sum = lines.reduce((acc, line) => acc + dollars(line), 0);
  // Each line is shown rounded to the cent: the sum may be off by half a cent a line.
  expect(Math.abs(sum - dollars(total))).toBeLessThanOrEqual(0.005 * lines.length + 1e-9);
  const bar = Number(await app.byTestId(CHART_TID.costBar('lambda')).getAttribute('data-monthly-usd'));
  expect(Math.abs(bar - dollars(total))).toBeLessThan(0.005 + 1e-9);
});

/**
 * Runs in the page: moves the requests slider at a frame's start, as a drag does, and reports the
 * pricing calls (costs, curves) sent to the host before that frame's rendering (a callback queued
 * after the move's, in the same frame, runs after the move's microtasks), then every message sent
 * by the time the worker confirmed. Other calls (the idle-time diagram warm-ups' disk cache) may
 * be sent in any frame and are not the move's.
 */
async function callsSentAroundMove(): Promise<{ inMoveFrame: number; byConfirmation: string[] }> {
  const page = document.querySelector('[data-testid="costs-page"]')!;
  const slider = document.querySelector<HTMLInputElement>('[data-testid="slider-requestsPerMonth"]')!;
  const sent: string[] = [];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, data) {
    sent.push(String(data));
    send.call(this, data);
  };
  try {
    let inMoveFrame = -1;
    await new Promise<void>((confirmed) => {
      requestAnimationFrame(() => {
        const watch = new MutationObserver(() => {
          if (page.getAttribute('data-pricing') !== 'current') return;
          watch.disconnect();
          confirmed();
        });
        watch.observe(page, { attributes: true, attributeFilter: ['data-pricing'] });
        slider.value = String(Number(slider.value) + 40);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const pricingCall = (message: string) => /"method":"(evaluatePricing|findBreakEven)"/.test(message);
      requestAnimationFrame(() => (inMoveFrame = sent.filter(pricingCall).length));
    });
    return { inMoveFrame, byConfirmation: sent };
  } finally {
    WebSocket.prototype.send = send;
  }
}

test('a move priced in the page asks the worker after its frame, not in it', async ({ app, shell }) => {
  test.skip(shell !== 'browser', 'the desktop app talks IPC, which the page cannot watch');
  await app.open('#/costs');
  const costs = app.byTestId(TID.costsPage);
  await expect(costs).toHaveAttribute('data-priced-in-page', 'us-east-1');
  await expect(costs).toHaveAttribute('data-pricing', 'current');
  const before = await app.byTestId(CHART_TID.costBar('lambda')).getAttribute('data-monthly-usd');

  const { inMoveFrame, byConfirmation } = await app.page.evaluate(callsSentAroundMove);
  // The move's frame shows the new costs and asks the worker nothing; it is asked once, after it.
  expect(inMoveFrame).toBe(0);
  expect(byConfirmation.filter((message) => message.includes('"method":"evaluatePricing"'))).toHaveLength(1);
  await expect(app.byTestId(CHART_TID.costBar('lambda'))).not.toHaveAttribute('data-monthly-usd', before ?? '');
});
