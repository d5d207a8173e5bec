import type { Locator } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { TID } from '../renderer/src/lib/test-ids';
import { CommandPalette, type AppPage } from './app-page';
import { expect, test } from './fixtures';
import { decodePng } from './support/png';
import { readPngTextChunks } from './support/png-text';
import { readProfiles } from './support/profile-files';

// Exports arrive as downloads in browser mode; the desktop shell delivers them through its save dialog.
test.skip(({ shell }) => shell === 'electron', 'browser mode: exports arrive as downloads');

const OPTION = 'ec2';

async function openEditor(app: AppPage): Promise<{ figure: Locator; source: Locator; preview: Locator }> {
  await app.open(`#/service/${OPTION}`);
  const figure = await app.waitForDiagram(OPTION);
  await app.byTestId(TID.diagramEdit(OPTION)).click();
  const source = app.byTestId(TID.diagramEditorSource(OPTION));
  await expect(source).toBeFocused();
  const preview = app.byTestId(TID.diagramEditorPreview(OPTION));
  await expect(preview.locator('svg.flowchart')).toBeVisible();
  return { figure, source, preview };
}

/** Types at the end of the editor's text, as a user would (Ctrl+End, then type). */
async function typeAtEnd(app: AppPage, source: Locator, typed: string): Promise<void> {
  await source.focus();
  await app.page.keyboard.press('ControlOrMeta+End');
  await app.page.keyboard.insertText(typed);
}

async function download(app: AppPage, id: string): Promise<Buffer> {
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.byTestId(id).click()]);
  return readFile((await file.path())!);
}

test('an edit shows in the preview, is saved with the profile, comes back after a reload and is exported', async ({
  app,
  dataDir,
}) => {
  test.slow();
  const { figure, source, preview } = await openEditor(app);
  await typeAtEnd(app, source, 'orders@{ icon: "aws:sqs", label: "Orders queue" }');
  await expect(preview.locator('svg.flowchart')).toContainText('Orders queue');
  // The saved picture is unchanged until the edit is saved.
  await expect(figure.locator('.canvas > svg')).not.toContainText('Orders queue');

  await app.byTestId(TID.diagramEditorSave(OPTION)).click();
  await app.byTestId(TID.nameInput).fill('Shop with a queue');
  await app.byTestId(TID.nameConfirm).click();
  await expect(app.announcer).toHaveText('Saved “Shop with a queue”.');
  await expect(figure.locator('.canvas > svg')).toContainText('Orders queue');
  await expect(app.byTestId(TID.diagramEdited(OPTION))).toBeVisible();

  const [saved] = await readProfiles(dataDir);
  expect(saved).toMatchObject({ diagrams: { edited: { ec2: { added: { nodes: [{ id: 'orders', icon: 'sqs' }] } } } } });

  await app.page.reload();
  await app.waitUntilReady();
  await new CommandPalette(app).run(`open-profile-${saved!.id as string}`, 'Shop with a queue');
  await expect(app.byTestId(TID.profileName)).toHaveText('Shop with a queue');
  await app.open(`#/service/${OPTION}`);
  const reopened = await app.waitForDiagram(OPTION);
  await expect(reopened.locator('.canvas > svg')).toContainText('Orders queue');

  // The exports carry the edit: the SVG's text, and the PNG's provenance (read by our own PNG reader).
  const svg = (await download(app, TID.exportSvg(OPTION))).toString('utf8');
  expect(svg).toContain('Orders queue');
  expect(svg).toContain('Edited by hand');
  const png = await download(app, TID.exportPng(OPTION));
  expect(decodePng(png).width).toBeGreaterThan(100);
  expect(JSON.parse(readPngTextChunks(png).Provenance!).diagram).toMatchObject({ optionId: OPTION, edited: true });

  // Reset to generated: the queue goes, and the diagram no longer says it was edited.
  await app.byTestId(TID.diagramReset(OPTION)).click();
  await expect(reopened.locator('.canvas > svg')).not.toContainText('Orders queue');
  await expect(app.byTestId(TID.diagramEdited(OPTION))).toHaveCount(0);
});

test('an invalid edit keeps the last good preview and names its line', async ({ app }) => {
  test.slow();
  const { source, preview } = await openEditor(app);
  await typeAtEnd(app, source, 'box["Kept box"]');
  await expect(preview.locator('svg.flowchart')).toContainText('Kept box');

  await typeAtEnd(app, source, '\nbox -->');
  const problem = app.byTestId(TID.diagramEditorProblem(OPTION));
  await expect(problem).toContainText(/^Line \d+: Expected a node id/);
  // The line named is the one marked, and it is the line typed.
  await expect(source.locator('.cm-problem-line')).toHaveText('box -->');
  const named = /^Line (\d+)/.exec((await problem.textContent()) ?? '')![1];
  // The gutter's number beside the marked line, as the user reads it (CodeMirror draws only the lines in view).
  const marked = (await source.locator('.cm-problem-line').boundingBox())!;
  const markedMiddle = marked.y + marked.height / 2;
  const gutter = app.page.locator('.cm-editor', { has: source }).locator('.cm-lineNumbers .cm-gutterElement');
  const besideMarked = await gutter.evaluateAll(
    (elements, middle) =>
      elements
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.height > 0 && box.top <= middle && middle < box.bottom;
        })
        .map((element) => element.textContent),
    markedMiddle,
  );
  expect(besideMarked).toEqual([named]);
  await expect(preview.locator('svg.flowchart')).toContainText('Kept box');

  // Undo brings the text back to one that draws.
  await app.page.keyboard.press('ControlOrMeta+z');
  await expect(problem).toHaveCount(0);
});

test('markup and script typed into labels are drawn as text, links are refused', async ({ app }) => {
  test.slow();
  const { source, preview } = await openEditor(app);
  await typeAtEnd(app, source, 'evil["<img src=x onerror=alert(1)>"]');
  await expect(preview.locator('svg.flowchart')).toContainText('<img src=x onerror=alert(1)>');
  await expect(preview.locator('img')).toHaveCount(0);

  await typeAtEnd(app, source, '\nlink@{ icon: "aws:s3", href: "javascript:alert(1)" }');
  await expect(app.byTestId(TID.diagramEditorProblem(OPTION))).toContainText(
    /^Line \d+: Links and callbacks are not allowed\./,
  );
  await expect(preview.locator('svg a')).toHaveCount(0);
});
