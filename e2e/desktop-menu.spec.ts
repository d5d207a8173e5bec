import type { ElectronApplication } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { CommandId } from '../electron/common/commands';
import { SERVICES } from '../renderer/src/lib/catalog';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';
import { ExportAllDialog } from './support/export-all-page';

test.skip(
  ({ shell }) => shell === 'browser',
  'desktop app only: the application menu and the native folder dialog exist in Electron; command-palette.spec.ts covers browser mode',
);

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** Clicks an item of the real application menu in the main process, as a user would. */
async function clickMenu(electronApp: ElectronApplication, id: CommandId): Promise<void> {
  const found = await electronApp.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    item?.click();
    return Boolean(item);
  }, id);
  expect(found, `the application menu has “${id}”`).toBe(true);
}

test('Help ▸ About shows the version from package.json and the Electron and Chromium versions', async ({
  app,
  electronApp,
}) => {
  await clickMenu(electronApp!, 'about');
  const about = app.byTestId(TID.aboutDialog);
  await expect(about).toBeVisible();
  await expect(app.byTestId(TID.aboutVersion)).toHaveText(VERSION);
  await expect(about).toContainText(/Electron\s*\d+\./);
  await expect(about).toContainText(/Chromium\s*\d+\./);
});

test('Go ▸ Next Service moves to the next service page', async ({ app, electronApp }) => {
  const from = SERVICES.findIndex((service) => service.id === 'ec2');
  const next = SERVICES[(from + 1) % SERVICES.length]!;
  await app.open('#/service/ec2');
  await expect(app.servicePage('ec2')).toBeVisible();
  await clickMenu(electronApp!, 'next-service');
  await expect(app.servicePage(next.id)).toBeVisible();
  await expect(app.heading).toHaveText(next.name);
});

test('View ▸ Present opens the deck full screen, though the click happened in the menu', async ({
  app,
  electronApp,
}) => {
  await clickMenu(electronApp!, 'present');
  await expect(app.byTestId(TID.presentation)).toBeVisible();
  await expect.poll(() => app.page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await app.page.keyboard.press('Escape');
  await expect(app.byTestId(TID.presentation)).toBeHidden();
});

test('Export All writes every picture into a new folder inside the one chosen', async ({ app, electronApp }) => {
  const chosen = test.info().outputPath('exports');
  await mkdir(chosen, { recursive: true });
  await electronApp!.evaluate(({ dialog }, folder) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [folder] })) as typeof dialog.showOpenDialog;
  }, chosen);
  await app.open('#/service/fargate');
  await app.waitForDiagram('fargate');

  await clickMenu(electronApp!, 'export-all');
  const exportAll = new ExportAllDialog(app.page);
  await expect(exportAll.dialog).toBeVisible();
  await expect(exportAll.start).toBeEnabled();
  await exportAll.start.click();
  await expect(exportAll.summary).toBeVisible({ timeout: 60_000 });
  await expect(exportAll.progressText).toContainText('(100%)');

  const [folder] = await readdir(chosen);
  expect(folder, 'one new folder inside the chosen one').toBeTruthy();
  await expect(exportAll.location).toContainText(path.join(chosen, folder!));
  const files = await readdir(path.join(chosen, folder!));
  expect(files.filter((name) => name.endsWith('.png'))).toHaveLength(10);
});
