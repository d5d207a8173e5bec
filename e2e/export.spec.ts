import { readFileSync } from 'node:fs';
import { BUNDLED_PRICE_BOOK } from '../electron/common/pricing';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';
import { openExportToolbar } from './support/export-toolbar';
import { differingPixels, drawSvgInPage } from './support/png';

// The desktop app delivers exports through its save dialog (deliverExport), not as a download.
test.skip(({ shell }) => shell === 'electron', 'browser mode: exports arrive as downloads');

const OPTION = 'fargate';
const openToolbar = (app: Parameters<typeof openExportToolbar>[0]) => openExportToolbar(app, OPTION);
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

test('exports a 2× PNG whose size is twice the diagram’s, with its provenance in the metadata', async ({ app }) => {
  const { toolbar, diagram } = await openToolbar(app);
  const natural = await toolbar.exportSvg();
  // The whole diagram, never cropped: the export is at least the diagram's own size.
  expect(natural.width).toBeGreaterThanOrEqual(diagram.width);
  expect(natural.height).toBeGreaterThanOrEqual(diagram.height);

  const png = await toolbar.exportPng();
  await expect(app.announcer).toHaveText(/Exported the “ECS on Fargate” diagram as a [\d,]+ × [\d,]+ px PNG\./);
  expect(Math.abs(png.width - 2 * natural.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(png.height - 2 * natural.height)).toBeLessThanOrEqual(1);
  expect(png.distinctColours, 'a drawn diagram, not a blank canvas').toBeGreaterThan(100);
  expect(png.transparentPixels, 'the default background is solid').toBe(0);

  expect(png.text.Software).toBe(`Compute Explorer ${VERSION}`);
  expect(png.text.Title).toMatch(/^Fargate \(ECS\): \d+ Fargate tasks? in \d Availability Zones?$/);
  expect(Date.parse(png.text['Creation Time']!)).toBeGreaterThan(Date.now() - 60_000);
  const provenance = JSON.parse(png.text.Provenance!);
  expect(provenance).toMatchObject({
    profile: 'Untitled workload',
    region: 'us-east-1',
    priceBook: { asOf: BUNDLED_PRICE_BOOK.asOf },
    appVersion: VERSION,
    pricingOptions: { architecture: 'x86', purchaseOption: 'on-demand' },
  });

  await toolbar.choose('2×');
  await expect(toolbar.sizePreview).toHaveText(
    `PNG size: ${png.width.toLocaleString('en-US')} × ${png.height.toLocaleString('en-US')} px`,
  );
});

test('1× and 4× PNGs scale the same picture, and transparency appears only when chosen', async ({ app }) => {
  const { toolbar } = await openToolbar(app);
  const natural = await toolbar.exportSvg();
  await toolbar.choose('1×', 'Transparent');
  const small = await toolbar.exportPng();
  expect(Math.abs(small.width - natural.width)).toBeLessThanOrEqual(1);
  expect(small.transparentPixels).toBeGreaterThan(0);

  await toolbar.choose('4×', 'Solid');
  const large = await toolbar.exportPng();
  expect(Math.abs(large.width - 4 * natural.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(large.height - 4 * natural.height)).toBeLessThanOrEqual(1);
  expect(large.transparentPixels).toBe(0);
});

test('exports the dark theme while the app stays light', async ({ app }) => {
  const { toolbar } = await openToolbar(app);
  await toolbar.choose('1×', 'Dark', 'Solid');
  const png = await toolbar.exportPng();
  expect(png.pixel(1, 1)).toEqual([0x17, 0x1d, 0x25, 255]);
  await expect(app.page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
});

test('the SVG export is self-contained: well-formed XML with its AWS icons and Inter embedded', async ({ app }) => {
  const { toolbar } = await openToolbar(app);
  const svg = await toolbar.exportSvg();
  await expect(app.announcer).toHaveText('Exported the “ECS on Fargate” diagram as SVG.');
  expect(svg.icons).toBeGreaterThanOrEqual(4);
  expect(svg.fontFaces).toContain('@font-face');
  expect(svg.fontFaces).toMatch(/font-family:'Inter'.*url\(data:font\/woff2;base64,/);
  expect(svg.title).toMatch(/^Fargate \(ECS\): \d+ Fargate tasks? in \d Availability Zones?$/);
  expect(svg.description).toMatch(/^Components: .*Connections: .*→/);
});

test('cost annotations put the monthly cost in the title and on the nodes that cost, the largest marked', async ({
  app,
}) => {
  const { toolbar } = await openToolbar(app);
  await toolbar.choose('Cost annotations');
  const figure = app.diagram(OPTION);
  await expect(figure.getByRole('heading', { level: 3 })).toHaveText(/— \$[\d,.]+ a month$/);
  await expect(figure.locator('.canvas svg .icon-shape .label', { hasText: /a month \(largest\)/ })).toHaveCount(1);

  const svg = await toolbar.exportSvg();
  expect(svg.title).toMatch(/^Fargate \(ECS\): .+ — \$[\d,]+\.\d\d a month$/);
  // The load balancer and the Fargate tasks in each zone cost money; ECR's image is in the free tier.
  expect(svg.costedNodes).toBeGreaterThanOrEqual(3);
});

test('copies a PNG of the chosen size to the clipboard', async ({ app }) => {
  const { toolbar } = await openToolbar(app);
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.page.url()).origin,
  });
  await toolbar.choose('1×');
  const preview = await toolbar.sizePreview.textContent();
  await app.byTestId(TID.copyPng(OPTION)).click();
  await expect(app.announcer).toHaveText(/Copied the “ECS on Fargate” diagram to the clipboard as a .* PNG\./);
  const copied = await app.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const bitmap = await createImageBitmap(await item!.getType('image/png'));
    return { types: item!.types, width: bitmap.width, height: bitmap.height };
  });
  expect(copied.types).toContain('image/png');
  expect(preview).toBe(
    `PNG size: ${copied.width.toLocaleString('en-US')} × ${copied.height.toLocaleString('en-US')} px`,
  );
});

test('refuses a PNG over 16,384 px a side and says how big it would be', async ({ app }) => {
  const { toolbar } = await openToolbar(app);
  await toolbar.choose('Width');
  await toolbar.options.getByLabel('Width in pixels').fill('20000');
  const refusal = /would be 20,000 × [\d,]+ px; the limit is 16,384 px a side\. Choose a smaller width\./;
  await expect(toolbar.sizePreview).toHaveText(refusal);
  let downloads = 0;
  app.page.on('download', () => downloads++);
  await app.byTestId(TID.exportPng(OPTION)).click();
  await expect(toolbar.error).toHaveText(refusal);
  await expect(toolbar.error).toHaveAttribute('role', 'alert');
  expect(downloads).toBe(0);
});

test('the PNG is drawn with the bundled Inter font, not a fallback face', async ({ app }) => {
  const { toolbar } = await openToolbar(app);
  await toolbar.choose('1×');
  await toolbar.options.getByLabel('Provenance footer').uncheck();
  const png = await toolbar.exportPng();
  const svg = (await toolbar.download('svg')).bytes.toString('utf8');
  const withInter = await drawSvgInPage(app.page, svg, png.width, png.height);
  const withFallback = await drawSvgInPage(app.page, svg.replace(/@font-face\{[^}]*\}/g, ''), png.width, png.height);
  expect(differingPixels(png, withInter), 'pixels unlike the SVG drawn with Inter').toBeLessThan(50);
  expect(differingPixels(png, withFallback), 'pixels unlike the SVG drawn without Inter').toBeGreaterThan(2000);
});
