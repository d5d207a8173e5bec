import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';
import { expectVisibleFocus } from './support/keyboard-focus';

const OPTION = 'ec2';

async function openEditor(app: AppPage): Promise<{ source: Locator; preview: Locator }> {
  await app.open(`#/service/${OPTION}`);
  await app.waitForDiagram(OPTION);
  await app.byTestId(TID.diagramEdit(OPTION)).click();
  const source = app.byTestId(TID.diagramEditorSource(OPTION));
  await expect(source).toBeFocused();
  const preview = app.byTestId(TID.diagramEditorPreview(OPTION));
  await expect(preview.locator('svg.flowchart')).toBeVisible();
  return { source, preview };
}

/** The editor's lines as text, top to bottom. */
async function sourceLines(source: Locator): Promise<string[]> {
  return (await source.locator('.cm-line').allTextContents()).map((line) => line.trim());
}

test('the icon picker is found and used by keyboard: search, arrows, Enter inserts the node after the cursor’s line and the preview draws its icon', async ({
  app,
}) => {
  test.slow();
  const { source, preview } = await openEditor(app);
  // The cursor on the load balancer's line: the new node goes on the next line, in the same group.
  await source.locator('.cm-line', { hasText: 'alb@{' }).click();
  const linesBefore = await sourceLines(source);
  const albLine = linesBefore.findIndex((line) => line.startsWith('alb@{'));

  // From the source, Shift+Tab reaches the common extras (one stop), then the search field.
  await app.page.keyboard.press('Shift+Tab');
  await app.page.keyboard.press('Shift+Tab');
  const search = app.byTestId(TID.iconPickerSearch(OPTION));
  await expect(search).toBeFocused();
  await expectVisibleFocus(app.page);

  await app.page.keyboard.type('data');
  // "data" finds more than one icon; the highlighted one moves with the arrows and is the one announced.
  const listbox = app.page.getByRole('listbox', { name: 'AWS icons' });
  await expect(listbox.getByRole('option')).toHaveText([
    /Amazon Aurora/,
    /Amazon DynamoDB/,
    /Amazon ElastiCache/,
    /Amazon RDS/,
  ]);
  const highlighted = listbox.locator('[role="option"][aria-selected="true"]');
  await expect(highlighted).toHaveText(/Amazon Aurora/);
  await app.page.keyboard.press('ArrowDown');
  await expect(highlighted).toHaveText(/Amazon DynamoDB/);
  await expect(search).toHaveAttribute('aria-activedescendant', (await highlighted.getAttribute('id'))!);
  await app.page.keyboard.press('End');
  await expect(highlighted).toHaveText(/Amazon RDS/);
  await app.page.keyboard.press('ArrowUp');
  await expect(highlighted).toHaveText(/Amazon ElastiCache/);
  await app.page.keyboard.press('Control+A');
  await app.page.keyboard.type('queue');
  const sqs = app.byTestId(TID.iconPickerIcon(OPTION, 'sqs'));
  await expect(listbox.getByRole('option').first()).toHaveAttribute('data-testid', TID.iconPickerIcon(OPTION, 'sqs'));
  await expect(sqs).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await sqs.getAttribute('id'))!);
  await app.page.keyboard.press('Enter');

  await expect(source).toBeFocused();
  await expect(app.announcer).toHaveText(`Added Amazon SQS as “sqs” on line ${albLine + 2}.`);
  const lines = await sourceLines(source);
  expect(lines[albLine + 1]).toBe('sqs@{ icon: "aws:sqs", label: "Amazon SQS" }');
  // The preview draws the node with the pack's SQS icon, in its category colour.
  await expect(preview.locator('svg.flowchart')).toContainText('Amazon SQS');
  // Mermaid names a node's group after its id: flowchart-sqs-<n>.
  const node = preview.locator('svg.flowchart g[id*="flowchart-sqs-"]');
  await expect(node.locator('[data-aws-icon="sqs"]')).toBeVisible();
  await expect(node.locator('[data-aws-icon="sqs"] path').first()).toHaveAttribute('fill', /#e7157b/i);

  // A second SQS gets an id of its own, so it is a second node, not the first one again.
  await search.focus();
  await app.page.keyboard.type('sqs');
  await app.page.keyboard.press('Enter');
  await expect(app.announcer).toHaveText(/^Added Amazon SQS as “sqs2” on line \d+\.$/);
  await expect(preview.locator('svg.flowchart [data-aws-icon="sqs"]')).toHaveCount(2);
});

test('Escape closes the list and keeps the editor open; nothing is inserted', async ({ app }) => {
  // axe runs in the page: slow on a loaded machine.
  test.slow();
  const { source } = await openEditor(app);
  const before = await sourceLines(source);
  const search = app.byTestId(TID.iconPickerSearch(OPTION));
  await search.focus();
  await app.page.keyboard.type('dyn');
  await expect(app.page.getByRole('listbox', { name: 'AWS icons' })).toBeVisible();
  // The open picker, its list and the extras pass axe (the source editor beside them is another matter).
  const results = await new AxeBuilder({ page: app.page })
    .include(`[data-testid="${TID.iconPicker(OPTION)}"]`)
    .include(`[data-testid="${TID.iconPickerExtras(OPTION)}"]`)
    .analyze();
  expect(results.violations.map((violation) => `${violation.id} (${violation.impact})`)).toEqual([]);
  await app.page.keyboard.press('Escape');
  await expect(app.page.getByRole('listbox', { name: 'AWS icons' })).toHaveCount(0);
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await expect(app.byTestId(TID.diagramEditor(OPTION))).toBeVisible();
  expect(await sourceLines(source)).toEqual(before);
});

test('each one-click extra adds its service with its icon; the row is one Tab stop walked with the arrows', async ({
  app,
}) => {
  // Fifteen layouts of the largest diagram with every extra: slow on a loaded machine.
  test.setTimeout(180_000);
  const { preview } = await openEditor(app);
  const extras = app.byTestId(TID.iconPickerExtras(OPTION));
  const names = await extras
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('data-testid')!.replace(/^icon-extra-ec2-/, '')),
    );
  // The services issue 11 lists, in its order.
  expect(names).toEqual([
    'sqs',
    'sns',
    'rds',
    'aurora',
    'dynamodb',
    's3',
    'cloudfront',
    'elasticache',
    'eventbridge',
    'step-functions',
    'cognito',
    'waf',
    'route-53',
    'nat-gateway',
  ]);

  // Keyboard: into the row, → twice to SNS, Enter adds it.
  await app.byTestId(TID.iconPickerSearch(OPTION)).focus();
  await app.page.keyboard.press('Tab');
  await expect(app.byTestId(TID.iconPickerExtra(OPTION, 'sqs'))).toBeFocused();
  await app.page.keyboard.press('ArrowRight');
  await app.page.keyboard.press('ArrowRight');
  await expect(app.byTestId(TID.iconPickerExtra(OPTION, 'rds'))).toBeFocused();
  await expectVisibleFocus(app.page);
  await app.page.keyboard.press('ArrowLeft');
  await app.page.keyboard.press('Enter');
  await expect(app.announcer).toHaveText(/^Added Amazon SNS as “sns” on line \d+\.$/);

  for (const name of names.filter((extra) => extra !== 'sns'))
    await app.byTestId(TID.iconPickerExtra(OPTION, name)).click();
  for (const name of names) await expect(preview.locator(`svg.flowchart [data-aws-icon="${name}"]`)).toBeVisible();
  await expect(preview.locator('svg.flowchart')).toContainText('Amazon Route 53');
  await expect(app.byTestId(TID.diagramEditorProblem(OPTION))).toHaveCount(0);
});
