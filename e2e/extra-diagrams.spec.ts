import { readFile } from 'node:fs/promises';
import { TID } from '../renderer/src/lib/test-ids';
import { CommandPalette } from './app-page';
import { expect, test } from './fixtures';
import { newDiagram, rendered, shownDiagramId } from './support/extra-diagrams';
import { decodePng } from './support/png';
import { readPngTextChunks } from './support/png-text';
import { readProfiles } from './support/profile-files';
import { presentFromSlide, SERVICE_OPTION_SLIDES } from './support/service-deck';

// Exports arrive as downloads in browser mode; the desktop shell delivers them through its save dialog.
test.skip(({ shell }) => shell === 'electron', 'browser mode: exports arrive as downloads');

test('diagrams of the user’s own: new from blank and from an option, edited, saved, listed after a reload, a slide in the deck, and a PNG whose provenance names them', async ({
  app,
  dataDir,
}) => {
  test.slow();
  // From blank: AWS Cloud around the Region, and a box to start from.
  const flow = await newDiagram(app, 'Data flow', 'blank');
  let figure = await rendered(app, flow);
  await expect(figure.locator('svg.flowchart')).toContainText('AWS Cloud');
  await expect(figure.locator('svg.flowchart')).toContainText('Your service');
  await expect(figure).toContainText('User diagram “Data flow”: drawn by the user.');

  // Edited in the same editor as the options' diagrams; Save saves the (so far unnamed) profile.
  await app.byTestId(TID.extraDiagramEdit(flow)).click();
  const source = app.byTestId(TID.diagramEditorSource(`extra-${flow}`));
  await expect(source).toBeFocused();
  await app.page.keyboard.press('ControlOrMeta+End');
  await app.page.keyboard.insertText('orders@{ icon: "aws:sqs", label: "Orders queue" }\n  service --> orders');
  const preview = app.byTestId(TID.diagramEditorPreview(`extra-${flow}`));
  await expect(preview.locator('svg.flowchart')).toContainText('Orders queue');
  await app.byTestId(TID.diagramEditorSave(`extra-${flow}`)).click();
  await app.byTestId(TID.nameInput).fill('Shop diagrams');
  await app.byTestId(TID.nameConfirm).click();
  await expect(app.announcer).toHaveText('Saved “Shop diagrams”.');
  figure = await rendered(app, flow);
  await expect(figure.locator('svg [data-aws-icon="sqs"]')).toBeVisible();

  // A name the profile already has is refused, whatever its case; then a copy of an option's diagram.
  await app.open('#/diagrams');
  await app.byTestId(TID.extraDiagramNewTitle).fill('data FLOW');
  await app.byTestId(TID.extraDiagramNewCreate).click();
  await expect(app.byTestId(TID.extraDiagramNewProblem)).toHaveText(
    'This profile already has a diagram named “Data flow”.',
  );
  const lambda = await newDiagram(app, 'Lambda, our way', 'lambda');
  figure = await rendered(app, lambda);
  await expect(figure.locator('svg [data-aws-icon="lambda"]').first()).toBeVisible();
  await expect(figure).toContainText('User diagram “Lambda, our way”, started from the Lambda + API Gateway diagram');
  await new CommandPalette(app).run('save-profile', 'save profile');
  await expect(app.announcer).toHaveText('Saved “Shop diagrams”.');

  const [saved] = await readProfiles(dataDir);
  expect(saved).toMatchObject({
    name: 'Shop diagrams',
    diagrams: {
      extra: [
        {
          id: flow,
          title: 'Data flow',
          basedOn: null,
          edits: { added: { nodes: expect.arrayContaining([expect.objectContaining({ id: 'orders', icon: 'sqs' })]) } },
        },
        { id: lambda, title: 'Lambda, our way', basedOn: 'lambda' },
      ],
    },
  });

  // A new session: the profile opened from disk lists both, and the palette goes to one by name.
  await app.page.reload();
  await app.waitUntilReady();
  const palette = new CommandPalette(app);
  await palette.run(`open-profile-${saved!.id as string}`, 'Shop diagrams');
  await expect(app.byTestId(TID.profileName)).toHaveText('Shop diagrams');
  await app.open('#/diagrams');
  const list = app.byTestId(TID.extraDiagramList);
  await expect(list.getByRole('link')).toHaveText(['Data flow', 'Lambda, our way']);
  await palette.run(`go-diagram-${flow}`, 'data flow');
  await expect(app.heading).toHaveText('Data flow');
  figure = await rendered(app, flow);
  await expect(figure.locator('svg.flowchart')).toContainText('Orders queue');

  // The deck: a slide each, right after the options' slides, saying whose diagram it is.
  await presentFromSlide(app, SERVICE_OPTION_SLIDES.length + 2);
  const slide = app.byTestId(TID.slide);
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Data flow');
  const slideFigure = await rendered(app, flow, slide);
  await expect(slideFigure.locator('svg [data-aws-icon="sqs"]')).toBeVisible();
  await expect(slide.getByTestId(TID.extraDiagramProvenance(flow))).toHaveText(
    'User diagram “Data flow”: drawn by the user.',
  );
  await app.page.keyboard.press('ArrowRight');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Lambda, our way');
  await rendered(app, lambda, slide);
  await app.page.keyboard.press('Escape');
  await expect(slide).toHaveCount(0);

  // PNG export: the provenance chunk, read by the e2e's own PNG reader, names the user's diagram.
  await rendered(app, flow);
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.byTestId(TID.extraDiagramExportPng(flow)).click(),
  ]);
  const png = await readFile((await download.path())!);
  expect(download.suggestedFilename()).toBe('compute-explorer-user-data-flow-shop-diagrams-light@2x.png');
  expect(decodePng(png).width).toBeGreaterThan(200);
  const text = readPngTextChunks(png);
  expect(JSON.parse(text.Provenance!)).toMatchObject({
    profile: 'Shop diagrams',
    diagram: { title: 'Data flow', option: 'user diagram “Data flow”', user: true },
    workload: saved!.workload as object,
  });
  expect(text.Description).toContain('Orders queue');
  expect(text.Comment).toContain('user diagram “Data flow”');
});

test('a diagram of the user’s own is renamed, duplicated and deleted (after asking), and a taken name is refused', async ({
  app,
}) => {
  // Each new diagram is laid out by Mermaid: slow on a loaded machine.
  test.slow();
  const flow = await newDiagram(app, 'Data flow', 'blank');
  const other = await newDiagram(app, 'Request path', 'fargate');
  await app.open(`#/diagrams/${other}`);
  await expect(app.heading).toHaveText('Request path');

  await app.page.getByRole('button', { name: 'Rename' }).first().click();
  await app.byTestId(TID.extraDiagramRenameTitle(other)).fill('DATA flow');
  await app.byTestId(TID.extraDiagramRename(other)).click();
  await expect(app.byTestId(TID.extraDiagramRenameProblem(other))).toHaveText(
    'This profile already has a diagram named “Data flow”.',
  );
  await app.byTestId(TID.extraDiagramRenameTitle(other)).fill('Requests, end to end');
  await app.byTestId(TID.extraDiagramRename(other)).click();
  await expect(app.heading).toHaveText('Requests, end to end');

  await app.open(`#/diagrams/${flow}`);
  await app.byTestId(TID.extraDiagramDuplicate(flow)).click();
  await expect(app.heading).toHaveText('Data flow (copy)');
  await rendered(app, await shownDiagramId(app, flow));

  // Deleting asks first; saying no keeps it.
  await app.open(`#/diagrams/${flow}`);
  app.page.once('dialog', (dialog) => void dialog.dismiss());
  await app.byTestId(TID.extraDiagramDelete(flow)).click();
  await expect(app.heading).toHaveText('Data flow');
  app.page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe('Delete the diagram “Data flow”?');
    void dialog.accept();
  });
  await app.byTestId(TID.extraDiagramDelete(flow)).click();
  await expect(app.heading).toHaveText('Your diagrams');
  await expect(app.byTestId(TID.extraDiagramList).getByRole('link')).toHaveText([
    'Data flow (copy)',
    'Requests, end to end',
  ]);
  // Its page is gone too, and says so.
  await app.open(`#/diagrams/${flow}`);
  await expect(app.page.getByRole('alert')).toContainText('has no diagram');
});

test('on a diagram of the user’s own, Copy PNG and the diagram shortcuts act on that diagram, not an option’s', async ({
  app,
}) => {
  const flow = await newDiagram(app, 'Data flow', 'blank');
  await rendered(app, flow);
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.page.url()).origin,
  });
  const readClipboard = () =>
    app.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const bitmap = await createImageBitmap(await item!.getType('image/png'));
      return `${bitmap.width.toLocaleString('en-US')} × ${bitmap.height.toLocaleString('en-US')} px`;
    });
  const copied = /^Copied the “Data flow” diagram to the clipboard as a ([\d,]+ × [\d,]+ px) PNG\.$/;

  await app.byTestId(TID.extraDiagramCopyPng(flow)).click();
  await expect(app.announcer).toHaveText(copied);
  expect(copied.exec((await app.announcer.textContent())!)![1]).toBe(await readClipboard());

  // The keyboard: Ctrl/Cmd+E saves this diagram's PNG; Ctrl/Cmd+Shift+C copies it again.
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.pressGlobal('ControlOrMeta+E')]);
  expect(download.suggestedFilename()).toMatch(/^compute-explorer-user-data-flow-.*\.png$/);
  const png = decodePng(await readFile((await download.path())!));
  expect(png.width).toBeGreaterThan(200);
  await app.page.evaluate(() => navigator.clipboard.writeText(''));
  await app.pressGlobal('ControlOrMeta+Shift+C');
  await expect(app.announcer).toHaveText(copied);
  expect(copied.exec((await app.announcer.textContent())!)![1]).toBe(await readClipboard());
});
