import type { WebSocket } from '@playwright/test';
import { CHART_TID } from '../renderer/src/lib/charts/chart-test-ids';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';

test('browser mode talks to its host over one WebSocket: a slider drag is messages, not HTTP requests, and no new sweep', async ({
  app,
  shell,
}) => {
  test.skip(shell !== 'browser', 'the desktop app talks IPC');
  // The app starts twice (the fixture's load, then the reload): slow on a shared machine.
  test.slow();
  const sockets: WebSocket[] = [];
  const sent: string[] = [];
  const httpCalls: string[] = [];
  app.page.on('websocket', (socket) => {
    sockets.push(socket);
    socket.on('framesent', ({ payload }) => sent.push(String(payload)));
  });
  app.page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) httpCalls.push(request.url());
  });
  // Reloaded with the listeners in place (the token is kept for reloads, as for a user's F5).
  await app.page.reload();
  await app.open('#/costs');
  const lambda = app.byTestId('cost-bar-lambda');
  await expect(lambda).toHaveAttribute('data-monthly-usd', /\d/);
  await expect(app.byTestId(CHART_TID.breakEvenChart)).toBeVisible();
  expect(sockets).toHaveLength(1);
  expect(new URL(sockets[0]!.url()).host).toBe(new URL(app.page.url()).host);

  const before = Number(await lambda.getAttribute('data-monthly-usd'));
  const sentBefore = sent.length;
  const callsBefore = httpCalls.length;
  const slider = app.byTestId(TID.slider('requestsPerMonth'));
  const box = (await slider.boundingBox())!;
  await app.page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await app.page.mouse.down();
  for (let step = 1; step <= 8; step++) {
    await app.page.mouse.move(box.x + box.width * (0.5 + step * 0.04), box.y + box.height / 2);
  }
  await app.page.mouse.up();
  await expect.poll(async () => Number(await lambda.getAttribute('data-monthly-usd'))).toBeGreaterThan(before);

  const duringDrag = sent.slice(sentBefore);
  expect(duringDrag.some((message) => message.includes('"method":"evaluatePricing"'))).toBe(true);
  // The break-even curves do not depend on the request rate: moving it only moves the marker.
  expect(duringDrag.filter((message) => message.includes('"method":"findBreakEven"'))).toEqual([]);
  expect(httpCalls.slice(callsBefore)).toEqual([]);
});
