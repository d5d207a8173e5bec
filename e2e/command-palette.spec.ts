import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { BUNDLED_PRICE_BOOK } from '../electron/common/pricing';
import { SERVICES } from '../renderer/src/lib/catalog';
import { TID } from '../renderer/src/lib/test-ids';
import { CommandPalette, type AppPage } from './app-page';
import { expect, test } from './fixtures';
import { profileFile } from './support/profile-files';

// In the desktop app the menu owns these keys (and its save dialog replaces downloads).
test.skip(({ shell }) => shell === 'electron', 'browser mode: the page owns the command keys there');

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function named(app: AppPage, name: string): Promise<void> {
  await expect(app.byTestId(TID.nameDialog)).toBeVisible();
  await app.byTestId(TID.nameInput).fill(name);
  await app.byTestId(TID.nameConfirm).click();
}

test('Ctrl+K opens the palette; typing filters, arrows move, Esc closes and gives focus back', async ({ app }) => {
  const palette = new CommandPalette(app);
  await app.search.focus();
  await palette.open();
  await expect(palette.dialog).toHaveAttribute('open');
  await expect(app.announcer).toHaveText(/^Command palette: \d+ commands\./);
  await expect(palette.option('save-profile')).toContainText(/Ctrl\+S|⌘S/);
  await palette.input.fill('save');
  await expect(palette.options).toHaveText([/Save Profile/, /Save Profile As/]);
  await expect(palette.input).toHaveAttribute('aria-activedescendant', /save-profile$/);
  await app.page.keyboard.press('ArrowDown');
  await expect(palette.option('save-profile-as')).toHaveAttribute('aria-selected', 'true');
  await expect(palette.input).toHaveAttribute('aria-activedescendant', /save-profile-as$/);
  await app.page.keyboard.press('Escape');
  await expect(palette.dialog).toHaveCount(0);
  await expect(app.search).toBeFocused();
});

test('a disabled command shows its reason and does not run', async ({ app }) => {
  const palette = new CommandPalette(app);
  await palette.open();
  await palette.input.fill('export profile');
  const option = palette.option('export-profile');
  await expect(option).toHaveAttribute('aria-disabled', 'true');
  await expect(option).toContainText('No profile is open: open one or save this workload first.');
  await app.page.keyboard.press('Enter');
  await expect(app.announcer).toHaveText('Export Profile…: No profile is open: open one or save this workload first.');
  await expect(palette.dialog).toBeVisible();
});

test('profile commands: new, save, save as, export, open and import', async ({ app }) => {
  const palette = new CommandPalette(app);
  await palette.run('new-profile', 'new');
  await expect(app.byTestId(TID.costsPage)).toBeVisible();
  await expect(app.byTestId(TID.profileName)).toHaveText('Untitled workload');

  await palette.run('save-profile', 'save profile');
  await named(app, 'From the palette');
  await expect(app.announcer).toHaveText('Saved “From the palette”.');

  await palette.run('save-profile-as', 'save as');
  await named(app, 'Palette copy');
  await expect(app.byTestId(TID.profileName)).toHaveText('Palette copy');

  const download = app.page.waitForEvent('download');
  await palette.run('export-profile', 'export profile');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  expect(JSON.parse(await readFile((await file.path())!, 'utf8'))).toMatchObject({ name: 'Palette copy' });

  await palette.run('open-profile', 'open');
  await expect(app.byTestId(TID.profilesPage)).toBeVisible();

  const chooser = app.page.waitForEvent('filechooser');
  await palette.run('import-profile', 'import');
  await (
    await chooser
  ).setFiles({
    name: 'shared.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(profileFile({ name: 'Imported by palette' }).json)),
  });
  await expect(app.byTestId(TID.costsPage)).toBeVisible();
  await expect(app.byTestId(TID.profileName)).toHaveText('Imported by palette');
});

test('diagram commands export the current diagram as PNG and copy the last one viewed', async ({ app }) => {
  const palette = new CommandPalette(app);
  await app.open('#/service/fargate');
  await app.waitForDiagram('fargate');

  const download = app.page.waitForEvent('download');
  await palette.run('export-diagram', 'export diagram');
  const file = await download;
  await expect(palette.dialog, 'the palette closes once its command runs').toHaveCount(0);
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  expect((await readFile((await file.path())!)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  await expect(app.announcer).toHaveText(/^Exported the “ECS on Fargate” diagram as a .* PNG\.$/);

  // Away from the service page, the diagram last viewed is the one copied.
  await app.open('#/costs');
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.page.url()).origin,
  });
  await palette.run('copy-diagram', 'copy');
  await expect(app.announcer).toHaveText(/^Copied the “ECS on Fargate” diagram to the clipboard as a .* PNG\.$/);
  const types = await app.page.evaluate(async () => (await navigator.clipboard.read())[0]!.types);
  expect(types).toContain('image/png');
});

test('view and go commands: next and previous service, sliders', async ({ app }) => {
  const palette = new CommandPalette(app);
  await app.open(`#/service/${SERVICES[0]!.id}`);
  await palette.run('next-service', 'next');
  await expect(app.heading).toHaveText(SERVICES[1]!.name);
  await palette.run('previous-service', 'previous');
  await expect(app.heading).toHaveText(SERVICES[0]!.name);

  await app.open('#/costs');
  await expect(app.byTestId(TID.workloadPanel)).toBeVisible();
  await palette.run('toggle-sliders', 'sliders');
  await expect(app.byTestId(TID.workloadPanel)).toHaveCount(0);
  await expect(app.announcer).toHaveText('Sliders hidden.');
  await palette.run('toggle-sliders', 'sliders');
  await expect(app.byTestId(TID.workloadPanel)).toBeVisible();
});

test('present and export all from the palette, which reaches past the deck', async ({ app }) => {
  const palette = new CommandPalette(app);
  await app.open('#/costs');
  await expect(app.byTestId(TID.workloadPanel)).toBeVisible();
  await palette.run('present', 'present');
  await expect(app.byTestId(TID.presentation)).toBeVisible();
  await expect(app.byTestId(TID.slide)).toBeFocused();
  // The palette reaches past the deck; its sliders toggle there.
  await palette.run('toggle-sliders', 'sliders');
  await expect(app.byTestId(TID.slidersPanel)).toBeVisible();
  await expect(app.byTestId(TID.presentation)).toBeVisible();
  await app.byTestId(TID.presentationExit).click();
  await expect(app.byTestId(TID.presentation)).toHaveCount(0);

  await palette.run('export-all', 'export all');
  await expect(app.byTestId(TID.exportAllDialog)).toBeVisible();
});

test('About shows the app version, the runtime and the price book date', async ({ app }) => {
  const palette = new CommandPalette(app);
  await palette.run('about', 'about');
  const about = app.byTestId(TID.aboutDialog);
  await expect(about).toBeVisible();
  await expect(app.byTestId(TID.aboutVersion)).toHaveText(VERSION);
  await expect(app.byTestId(TID.aboutPriceBook)).toContainText(BUNDLED_PRICE_BOOK.asOf);
  await expect(about).toContainText('Browser mode');
  await expect(about).toContainText(/Browser Chromium\s*\d+/);
  await app.page.keyboard.press('Escape');
  await expect(about).toHaveCount(0);
});
