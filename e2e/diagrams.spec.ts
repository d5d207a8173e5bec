import type { Locator } from '@playwright/test';
import { OPTIONS } from '../renderer/src/lib/catalog';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';
import { measureDiagramLayout } from './support/diagram-layout';

/** Most space a cropped picture may leave between its content and its edge (Mermaid pads 8 px). */
const MAX_MARGIN_PX = 24;

for (const option of OPTIONS) {
  test(`the ${option.label} diagram is drawn in AWS’s group style, readable and cropped`, async ({ app }) => {
    // Lays out and measures every box and arrow: slow on a busy machine.
    test.slow();
    await app.open(`#/service/${option.serviceId}`);
    const figure = await app.waitForDiagram(option.id);
    const svg = figure.locator('.canvas > svg');
    await expect(svg).toBeVisible();
    // AWS Cloud › Region with their icons; Mermaid's "?" for an unknown icon nowhere.
    await expect(svg.locator('[data-aws-icon="group-aws-cloud"]')).toHaveCount(1);
    await expect(svg.locator('[data-aws-icon="group-region"]')).toHaveCount(1);
    await expect(svg.locator('text', { hasText: /^\?$/ })).toHaveCount(0);
    // No default Mermaid look: no pale yellow group fill anywhere.
    expect(await svg.innerHTML()).not.toMatch(/#ffffde|#ECECFF/i);
    // Nothing that draws nothing is kept (slim-svg.ts), and every arrowhead an arrow names is there.
    const kept = await svg.evaluate((root) => {
      const named = [...root.querySelectorAll('[marker-end], [marker-start]')].flatMap((edge) =>
        ['marker-end', 'marker-start'].map((name) => /url\(#(.+)\)/.exec(edge.getAttribute(name) ?? '')?.[1] ?? ''),
      );
      const markers = [...root.querySelectorAll('marker')].map((marker) => marker.id);
      const markup = root.outerHTML;
      return {
        unusedMarkers: markers.filter((id) => !named.includes(id)),
        unusedResources: [...root.querySelectorAll('filter, linearGradient, radialGradient')]
          .map((resource) => resource.id)
          .filter((id) => !markup.includes(`url(#${id})`)),
        missingMarkers: named.filter((id) => id !== '' && !markers.includes(id)),
        sizelessRects: [...root.querySelectorAll('rect')].filter((rect) => !rect.hasAttribute('width')).length,
        bareGroups: [...root.querySelectorAll('g')].filter((group) => group.attributes.length === 0).length,
        arrows: named.filter((id) => id !== '').length,
      };
    });
    expect(kept).toEqual({
      unusedMarkers: [],
      unusedResources: [],
      missingMarkers: [],
      sizelessRects: 0,
      bareGroups: 0,
      arrows: kept.arrows,
    });
    expect(kept.arrows, 'arrows with their heads').toBeGreaterThan(0);

    const layout = await measureDiagramLayout(svg);
    expect(layout.problems, 'overlaps and crossings').toEqual([]);
    expect(layout.counts.nodes).toBeGreaterThanOrEqual(2);
    for (const [side, margin] of Object.entries(layout.margins)) {
      expect(margin, `empty margin on the ${side}`).toBeLessThanOrEqual(MAX_MARGIN_PX);
    }
    // Screen readers get the components and connections, from the same model.
    await expect(figure.locator('.canvas')).toHaveAccessibleDescription(/Components: .+ Connections: .+→/);
  });
}

test('the EC2 diagram draws the instances and type its bill charges for, and follows the workload', async ({ app }) => {
  test.slow();
  await app.open('#/costs');
  await app.byTestId('cost-bar-ec2').click();
  const row = app
    .byTestId(TID.lineItems('ec2'))
    .getByRole('row', { name: /^EC2 \S+ × \d+/ })
    .first();
  const before = (await row.textContent()) ?? '';
  const requests = app.byTestId(TID.numberInput('requestsPerMonth'));
  await requests.fill('300000000');
  await requests.press('Enter');
  // Re-priced for 300 M requests: a bigger fleet than the default workload's.
  await expect(row).not.toHaveText(before);
  const [, type, billed] = /EC2 (\S+) × (\d+)/.exec((await row.textContent()) ?? '') ?? [];

  await app.open('#/service/ec2');
  const figure = await app.waitForDiagram('ec2');
  const labels = await figure.locator('.canvas svg g.icon-shape g.label').allTextContents();
  const drawn = labels
    .map((text) => new RegExp(`^(?:(\\d+) × )?EC2 ${type!.replace('.', '\\.')}`).exec(text.replace(/\s+/g, ' ').trim()))
    .filter((match) => match !== null)
    .reduce((sum, match) => sum + Number(match[1] ?? 1), 0);
  expect(drawn).toBe(Number(billed));
  await expect(figure.locator('.canvas svg [data-aws-icon="group-auto-scaling"]')).toHaveCount(1);
  await expect(figure.locator('.canvas svg g.cluster.availabilityZone')).toHaveCount(2);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('diagrams follow the OS dark setting', async ({ app }) => {
    test.slow();
    await app.open('#/service/fargate');
    const figure = await app.waitForDiagram('fargate');
    await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await figure.evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).not.toBe('rgb(248, 249, 250)');
    await expect(figure.locator('.canvas svg [data-aws-icon="group-aws-cloud-dark"]')).toHaveCount(1);
  });
});

test('a diagram seen before is shown again at once: the same picture, and no “Drawing…” in between', async ({
  app,
}) => {
  await app.open('#/service/ecs');
  const picture = (figure: Locator) => figure.evaluate((node) => node.querySelector('svg:not(svg svg)')!.outerHTML);
  const firstVisit = await picture(await app.waitForDiagram('ecs-ec2'));
  await app.open('#/service/ec2');
  await app.waitForDiagram('ec2');

  // Every state of the page the browser could paint passes through a mutation record: note any
  // in which the diagram's frame is there without its picture.
  await app.page.evaluate((testId) => {
    const seen: string[] = [];
    (window as unknown as { __framesWithoutPicture: string[] }).__framesWithoutPicture = seen;
    new MutationObserver(() => {
      const figure = document.querySelector(`[data-testid="${testId}"]`);
      if (figure && !figure.querySelector('svg')) seen.push(figure.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, TID.diagram('ecs-ec2'));
  await app.open('#/service/ecs');
  const secondVisit = await picture(await app.waitForDiagram('ecs-ec2'));

  expect(secondVisit, 'the same SVG as on the first visit').toBe(firstVisit);
  const framesWithoutPicture = await app.page.evaluate(
    () => (window as unknown as { __framesWithoutPicture: string[] }).__framesWithoutPicture,
  );
  expect(framesWithoutPicture, 'the diagram frame shown without its picture').toEqual([]);
});
