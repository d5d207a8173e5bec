import { expect, test } from './fixtures';
import { TID } from '../renderer/src/lib/test-ids';

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

test('moving between pages fetches nothing, and the tab shows the app’s icon from the page itself', async ({ app }) => {
  // The icon is in the page: a 32-px PNG the browser decodes without asking the host.
  const icon = await app.page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '';
    const image = new Image();
    image.src = href;
    await image.decode();
    return { scheme: href.slice(0, href.indexOf(',')), size: [image.naturalWidth, image.naturalHeight] };
  });
  expect(icon).toEqual({ scheme: 'data:image/png;base64', size: [32, 32] });

  const visit = async (serviceId: string, optionId: string): Promise<void> => {
    await app.byTestId(TID.navService(serviceId)).click();
    await app.servicePageWhole(serviceId);
    await app.waitForDiagram(optionId);
  };
  const toCatalog = async (): Promise<void> => {
    await app.page.getByRole('link', { name: 'Compute Explorer' }).click();
    await expect(app.byTestId(TID.catalog)).toBeVisible();
  };
  // Each page once first: their code and pictures are in by then.
  await visit('lambda', 'lambda');
  await visit('ec2', 'ec2');
  await toCatalog();

  // Chromium fetched a favicon given as a file again after every page change (each is a
  // pushState). Six changes, each waited for on screen: all but the last one's would be here.
  const fetched: string[] = [];
  app.page.on('request', (request) => fetched.push(request.url()));
  await visit('lambda', 'lambda');
  await toCatalog();
  await visit('ec2', 'ec2');
  await visit('lambda', 'lambda');
  await toCatalog();
  await visit('ec2', 'ec2');
  expect(fetched).toEqual([]);
});
