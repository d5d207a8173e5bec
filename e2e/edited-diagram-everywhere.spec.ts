import { TID } from '../renderer/src/lib/test-ids';
import { CommandPalette } from './app-page';
import { expect, test } from './fixtures';
import { ExportAllDialog } from './support/export-all-page';
import { readPngTextChunks } from './support/png-text';
import { readProfiles } from './support/profile-files';
import { presentFromSlide, SERVICE_OPTION_SLIDES } from './support/service-deck';

// Export all arrives as one zip download in browser mode; the desktop shell writes a folder.
test.skip(({ shell }) => shell === 'electron', 'browser mode: Export all arrives as one zip download');
// The deck's code loads on first use and Export all draws every diagram: slow on a loaded machine.
test.describe.configure({ timeout: 180_000 });

const OPTION = 'ec2';

test('a saved edit is what the service page, the deck’s slide and Export all show after a reload, and they say it was edited', async ({
  app,
  dataDir,
}) => {
  await app.open(`#/service/${OPTION}`);
  await app.waitForDiagram(OPTION);
  await app.byTestId(TID.diagramEdit(OPTION)).click();
  await expect(app.byTestId(TID.diagramEditorSource(OPTION))).toBeFocused();
  await app.byTestId(TID.iconPickerExtra(OPTION, 'dynamodb')).click();
  const preview = app.byTestId(TID.diagramEditorPreview(OPTION));
  await expect(preview.locator('svg.flowchart [data-aws-icon="dynamodb"]')).toBeVisible();
  await app.byTestId(TID.diagramEditorSave(OPTION)).click();
  await app.byTestId(TID.nameInput).fill('Shop with a table');
  await app.byTestId(TID.nameConfirm).click();
  await expect(app.announcer).toHaveText('Saved “Shop with a table”.');
  const [saved] = await readProfiles(dataDir);
  expect(saved).toMatchObject({
    diagrams: { edited: { [OPTION]: { added: { nodes: [{ id: 'dynamodb', icon: 'dynamodb' }] } } } },
  });

  // A new session: the profile is opened from the list the store reads from disk.
  await app.page.reload();
  await app.waitUntilReady();
  await new CommandPalette(app).run(`open-profile-${saved!.id as string}`, 'Shop with a table');
  await expect(app.byTestId(TID.profileName)).toHaveText('Shop with a table');

  // The service page.
  await app.open(`#/service/${OPTION}`);
  const figure = await app.waitForDiagram(OPTION);
  await expect(figure.locator('.canvas > svg [data-aws-icon="dynamodb"]')).toBeVisible();
  await expect(app.byTestId(TID.diagramEdited(OPTION))).toBeVisible();

  // The deck's slide for the option: the same node, and its description says the diagram was edited.
  await presentFromSlide(app, SERVICE_OPTION_SLIDES.findIndex((option) => option.id === OPTION) + 2);
  const slide = app.byTestId(TID.slide);
  const slideDiagram = slide.getByTestId(TID.diagram(OPTION));
  await expect(slideDiagram).toHaveAttribute('data-state', 'rendered');
  await expect(slideDiagram.locator('svg [data-aws-icon="dynamodb"]')).toBeVisible();
  await expect(slideDiagram).toContainText('Amazon DynamoDB');
  await expect(slide.getByTestId(TID.diagramDescription(OPTION))).toContainText('Edited by hand');
  await app.page.keyboard.press('Escape');
  await expect(slide).toHaveCount(0);

  // Export all: the option's PNG describes the edited diagram and its provenance says so (read by the
  // e2e's own PNG chunk reader); a diagram the user did not edit does not.
  await app.waitForDiagram(OPTION);
  const dialog = new ExportAllDialog(app.page);
  await dialog.openFrom(OPTION);
  const zip = await dialog.run();
  await expect(dialog.failures).toHaveCount(0);
  const fileOf = (optionId: string) => [...zip!.files].find(([name]) => name.includes(`-${optionId}-`))![1];
  const edited = readPngTextChunks(fileOf(OPTION));
  expect(JSON.parse(edited.Provenance!)).toMatchObject({
    profile: 'Shop with a table',
    diagram: { optionId: OPTION, edited: true },
  });
  expect(edited.Description).toContain('Amazon DynamoDB');
  expect(edited.Comment).toContain('diagram edited by hand');
  const untouched = readPngTextChunks(fileOf('fargate'));
  expect(JSON.parse(untouched.Provenance!).diagram).not.toHaveProperty('edited');
  expect(untouched.Description).not.toContain('Amazon DynamoDB');
});
