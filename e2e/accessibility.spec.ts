import type { Locator } from '@playwright/test';
import { OPTIONS, SERVICES } from '../renderer/src/lib/catalog';
import { CHART_TID } from '../renderer/src/lib/charts/chart-test-ids';
import { TID } from '../renderer/src/lib/test-ids';
import { CommandPalette, type AppPage } from './app-page';
import { expect, test } from './fixtures';
import { AccessibilityAudit } from './support/axe-scan';
import { presentFromSlide, SERVICE_DECK, SERVICE_OPTION_SLIDES } from './support/service-deck';
import { ExportAllDialog } from './support/export-all-page';
import { shownDiagramId } from './support/extra-diagrams';

// Issue 16: zero serious or critical axe findings on every route, dialog and the
// palette, in both themes. Each test visits its views, scans each one, and fails
// once at the end listing every finding (rule, impact, element, what is wrong).

// axe takes seconds a view on a loaded machine; these tests scan many views each.
test.describe.configure({ timeout: 180_000 });

const SLIDE_COUNT = SERVICE_DECK.count;
const EXAMPLES = ['example-public-api-backend', 'example-always-on-web-app'] as const;

/** Waits until every diagram on the page has been drawn (or has said why not). */
async function diagramsDrawn(app: AppPage): Promise<void> {
  await expect(app.page.locator('figure[data-state="loading"]')).toHaveCount(0);
}

async function costsPriced(app: AppPage): Promise<void> {
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
  await expect(app.byTestId(CHART_TID.costBar(OPTIONS[0]!.id))).toBeVisible();
  await expect(app.byTestId(CHART_TID.breakEvenSeries(OPTIONS[0]!.id))).toBeAttached();
}

async function openExample(app: AppPage, id: string): Promise<void> {
  await app.open('#/profiles');
  await app.byTestId(TID.profileItem(id)).getByRole('button').first().click();
  await expect(app.byTestId(TID.costsPage)).toBeVisible();
}

async function slideDrawn(app: AppPage, n: number): Promise<void> {
  const slide = app.byTestId(TID.slide);
  await expect(app.byTestId(TID.slideCounter)).toHaveText(`${n} / ${SLIDE_COUNT}`);
  const option = n <= SERVICE_OPTION_SLIDES.length + 1 ? SERVICE_OPTION_SLIDES[n - 2] : undefined;
  if (option) await expect(slide.getByTestId(TID.diagram(option.id))).toHaveAttribute('data-state', 'rendered');
  if (n === SERVICE_DECK.comparison) await expect(slide.getByTestId(CHART_TID.costChart)).toBeVisible();
  if (n === SERVICE_DECK.breakEven)
    await expect(slide.getByTestId(CHART_TID.breakEvenChart).locator('svg').first()).toBeVisible();
  if (n === SERVICE_DECK.recommendation) await expect(slide.getByTestId(TID.recommendationDrivers)).toBeVisible();
  if (n === SERVICE_DECK.assumptions) await expect(slide.getByTestId(TID.assumptionsPrices)).toBeVisible();
}

async function expectClean(audit: AccessibilityAudit): Promise<void> {
  expect(audit.findings, 'serious or critical axe findings').toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the catalog, and a diagram’s export options', async ({ app }) => {
      const audit = new AccessibilityAudit(app.page);
      await expect(app.byTestId(TID.catalog)).toBeVisible();
      await audit.scan('catalog');
      const option = OPTIONS[0]!.id;
      await app.open(`#/service/${option}`);
      await app.byTestId(TID.exportOptionsToggle(option)).click();
      await expect(app.byTestId(TID.exportOptions(option))).toBeVisible();
      await audit.scan('export options');
      // The diagram editor: highlighted source (its colours), its scroller, the icon picker.
      await app.byTestId(TID.diagramEdit(option)).click();
      await expect(app.byTestId(TID.diagramEditorPreview(option)).locator('svg.flowchart')).toBeVisible();
      await audit.scan('diagram editor');
      await expectClean(audit);
    });

    // Three pages a test: a page of diagrams takes axe a while, and the tests run in parallel.
    for (let first = 0; first < SERVICES.length; first += 3) {
      const services = SERVICES.slice(first, first + 3);
      test(`the ${services.map((s) => s.shortName).join(', ')} pages`, async ({ app }) => {
        const audit = new AccessibilityAudit(app.page);
        for (const service of services) {
          await app.open(`#/service/${service.id}`);
          await app.servicePageWhole(service.id);
          await diagramsDrawn(app);
          await audit.scan(`service ${service.id}`);
        }
        await expectClean(audit);
      });
    }

    test('comparisons of two and of three services', async ({ app }) => {
      const audit = new AccessibilityAudit(app.page);
      for (const ids of ['ec2,lambda', 'ecs,eks,fargate']) {
        await app.open(`#/compare/${ids}`);
        await expect(app.compareTable()).toBeVisible();
        await audit.scan(`compare ${ids}`);
      }
      await expectClean(audit);
    });

    test('Costs (unsaved, tables shown), the name dialog, Profiles with an import error, profile compare', async ({
      app,
    }) => {
      const audit = new AccessibilityAudit(app.page);
      await openExample(app, EXAMPLES[0]);
      await app.byTestId(TID.slider('requestsPerMonth')).press('PageUp');
      await expect(app.byTestId(TID.unsavedMarker)).toBeVisible();
      await costsPriced(app);
      await app.byTestId(TID.priceBookPanel).locator('summary').click();
      await expect(app.byTestId(TID.priceBookPanel).getByRole('table')).toBeVisible();
      for (const chart of ['cost', 'break-even']) {
        await app.byTestId(CHART_TID.tableToggle(chart)).click();
        await expect(app.byTestId(CHART_TID.tables(chart)).getByRole('table').first()).toBeVisible();
      }
      await audit.scan('costs');

      await app.byTestId(TID.saveProfile).click();
      await expect(app.byTestId(TID.nameDialog)).toBeVisible();
      await audit.scan('name dialog');
      await app.page.keyboard.press('Escape');
      await expect(app.byTestId(TID.nameDialog)).toHaveCount(0);

      await app.open('#/profiles');
      await expect(app.byTestId(TID.profileItem(EXAMPLES[0]))).toBeVisible();
      await app.byTestId(TID.profileImport).setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"schemaVersion": 1, "name": "Half'),
      });
      await expect(app.byTestId(TID.notice).last()).toContainText(/JSON/i);
      await audit.scan('profiles, with an import error');

      await app.open(`#/profiles/compare/${EXAMPLES.join(',')}`);
      await expect(app.byTestId('profile-compare-costs')).toBeVisible();
      await audit.scan('profile compare');
      await expectClean(audit);
    });

    test('the command palette, About and Export all (plan and summary)', async ({ app, shell }) => {
      test.skip(shell === 'electron', 'browser mode: the page owns Ctrl+K there, and Export all is one zip download');
      const audit = new AccessibilityAudit(app.page);
      const palette = new CommandPalette(app);
      await palette.open();
      await palette.input.fill('export');
      await audit.scan('command palette');
      await app.page.keyboard.press('Escape');

      await palette.run('about', 'about');
      await expect(app.byTestId(TID.aboutPriceBook)).not.toBeEmpty();
      await audit.scan('About');
      await app.page.keyboard.press('Escape');
      await expect(app.byTestId(TID.aboutDialog)).toHaveCount(0);

      const option = OPTIONS[0]!.id;
      await app.open(`#/service/${option}`);
      await app.waitForDiagram(option);
      const exportAll = new ExportAllDialog(app.page);
      await exportAll.openFrom(option);
      await expect(exportAll.start).toBeEnabled();
      await audit.scan('Export all');
      await exportAll.run();
      await audit.scan('Export all, summary');
      await expectClean(audit);
    });

    test('every kind of slide, the sliders panel and the slides panel', async ({ app }) => {
      const audit = new AccessibilityAudit(app.page);
      await openExample(app, EXAMPLES[0]);
      await app.pressGlobal('F5');
      // Slide kind, the keys that reach it from the one before, and its number.
      const kinds: [string, string[], number][] = [
        ['title', [], 1],
        ['option', ['2'], 2],
        ['comparison', [String(SERVICE_DECK.comparison)], SERVICE_DECK.comparison],
        ['break-even', ['ArrowRight'], SERVICE_DECK.breakEven],
        ['recommendation', ['ArrowRight'], SERVICE_DECK.recommendation],
        ['assumptions', ['End'], SERVICE_DECK.assumptions],
      ];
      for (const [kind, keys, n] of kinds) {
        for (const key of keys) await app.page.keyboard.press(key);
        await slideDrawn(app, n);
        await audit.scan(`${kind} slide`);
      }
      await app.page.keyboard.press('s');
      const panel: Locator = app.byTestId(TID.slidersPanel);
      await expect(panel).toBeVisible();
      await audit.scan('sliders panel');
      await app.page.keyboard.press('a');
      await expect(app.byTestId(TID.slideArrangePanel)).toBeVisible();
      await audit.scan('slides panel (order, shown or hidden)');
      await expectClean(audit);
    });

    test('Your diagrams: the list, a diagram of the user’s own with its editor, and its slide', async ({ app }) => {
      const audit = new AccessibilityAudit(app.page);
      await app.open('#/diagrams');
      await expect(app.byTestId(TID.extraDiagramsPage)).toBeVisible();
      await audit.scan('your diagrams, none yet');
      await app.byTestId(TID.extraDiagramNewTitle).fill('Data flow');
      await app.byTestId(TID.extraDiagramNewCreate).click();
      await expect(app.heading).toHaveText('Data flow');
      await diagramsDrawn(app);
      await audit.scan('a diagram of the user’s own');
      const id = await shownDiagramId(app);
      await app.byTestId(TID.extraDiagramEdit(id)).click();
      await expect(app.byTestId(TID.diagramEditorPreview(`extra-${id}`)).locator('svg')).toBeVisible();
      await audit.scan('its editor');
      await app.byTestId(TID.diagramEditorCancel(`extra-${id}`)).click();
      await app.open('#/diagrams');
      await expect(app.byTestId(TID.extraDiagramList)).toBeVisible();
      await audit.scan('your diagrams, one listed');
      await presentFromSlide(app, SERVICE_OPTION_SLIDES.length + 2);
      await expect(app.byTestId(TID.slide).getByTestId(TID.extraDiagramFigure(id))).toHaveAttribute(
        'data-state',
        'rendered',
      );
      await audit.scan('the slide of a diagram of the user’s own');
      await expectClean(audit);
    });
  });
}
