import { expect, test } from './fixtures';

// Every spec already fails on a request that leaves the app's origin, a
// console error or a CSP violation (see fixtures.ts); these check the rest.

test('the document is served with a CSP that forbids remote origins and eval', async ({ app, shell }) => {
  test.skip(
    shell !== 'browser',
    'app:// response headers are checked on the built main process by electron/main/main-process.test.ts',
  );
  const response = await app.page.reload();
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/https?:/);
});

test('the API refuses a call without the launch token', async ({ app, shell }) => {
  test.skip(shell !== 'browser', 'the token guards browser mode only');
  // Sent from outside the page (as another local program would), so the page's console stays clean.
  const origin = new URL(app.page.url()).origin;
  const refused = await app.page.request.post(`${origin}/api/getAppInfo`, { data: {} });
  expect(refused.status()).toBe(401);
  // The token left the address bar once the app had it.
  expect(app.page.url()).not.toContain('token=');
});
