import type { ElectronApplication } from '@playwright/test';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';
import { decodePng } from './support/png';

test.skip(
  ({ shell }) => shell === 'browser',
  'desktop app only: the native save dialog and the system clipboard exist in Electron; export.spec.ts covers browser downloads',
);

const OPTION = 'fargate';

interface SaveDialogOptions {
  defaultPath: string;
  filters: { extensions: string[] }[];
}

/**
 * Stands in for the native save dialog in the main process, as Playwright's
 * Electron tests do: every dialog from now on "chooses" `answer` (null
 * cancels) and records the options it was opened with.
 */
async function answerSaveDialogs(electronApp: ElectronApplication, answer: string | null): Promise<void> {
  await electronApp.evaluate(({ dialog }, chosen) => {
    const asked: unknown[] = [];
    (globalThis as { saveDialogsAsked?: unknown[] }).saveDialogsAsked = asked;
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      asked.push(args.at(-1));
      return chosen === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: chosen };
    }) as typeof dialog.showSaveDialog;
  }, answer);
}

function saveDialogsAsked(electronApp: ElectronApplication): Promise<SaveDialogOptions[]> {
  return electronApp.evaluate(
    () => ((globalThis as { saveDialogsAsked?: unknown[] }).saveDialogsAsked ?? []) as SaveDialogOptions[],
  );
}

const escapeRegExp = (text: string): string => text.replace(/[/.*?+^$()[\]{}|\\]/g, '\\$&');

async function exportsFolder(): Promise<string> {
  const folder = test.info().outputPath('exports');
  await mkdir(folder, { recursive: true });
  return folder;
}

test.describe('desktop export', () => {
  test.beforeEach(async ({ app }) => {
    await app.open(`#/service/${OPTION}`);
    await app.waitForDiagram(OPTION);
  });

  test('saves a PNG where the save dialog chose and says where; the next dialog opens there', async ({
    app,
    electronApp,
  }) => {
    const folder = await exportsFolder();
    const target = path.join(folder, 'fargate diagram.png');
    await answerSaveDialogs(electronApp!, target);

    await app.byTestId(TID.exportPng(OPTION)).click();
    await expect(app.announcer).toHaveText(
      new RegExp(`^Saved the “ECS on Fargate” diagram as a [\\d,]+ × [\\d,]+ px PNG to ${escapeRegExp(target)}\\.$`),
    );
    const png = decodePng(await readFile(target));
    expect(png.distinctColours, 'a drawn diagram, not a blank canvas').toBeGreaterThan(100);
    expect(png.text.Title).toMatch(/^Fargate \(ECS\): \d+ Fargate tasks? in \d Availability Zones?$/);
    expect(await readdir(folder), 'only the chosen file, no temp file').toEqual(['fargate diagram.png']);

    const [first] = await saveDialogsAsked(electronApp!);
    expect(path.basename(first!.defaultPath)).toBe('compute-explorer-fargate-light@2x.png');
    expect(first!.filters).toEqual([expect.objectContaining({ extensions: ['png'] })]);

    await answerSaveDialogs(electronApp!, path.join(folder, 'fargate.svg'));
    await app.byTestId(TID.exportSvg(OPTION)).click();
    await expect(app.announcer).toHaveText(
      `Saved the “ECS on Fargate” diagram as SVG to ${path.join(folder, 'fargate.svg')}.`,
    );
    const [second] = await saveDialogsAsked(electronApp!);
    expect(second!.defaultPath).toBe(path.join(folder, 'compute-explorer-fargate-light.svg'));
    expect(await readFile(path.join(folder, 'fargate.svg'), 'utf8')).toMatch(/^<\?xml[^>]*\?>\s*<svg[\s>]/);
  });

  test('cancelling the save dialog writes nothing and says so', async ({ app, electronApp }) => {
    const folder = await exportsFolder();
    await answerSaveDialogs(electronApp!, null);
    await app.byTestId(TID.exportPng(OPTION)).click();
    await expect(app.announcer).toHaveText('PNG export cancelled.');
    expect(await saveDialogsAsked(electronApp!)).toHaveLength(1);
    expect(await readdir(folder)).toEqual([]);
  });

  test('Copy PNG puts the image on the system clipboard', async ({ app, electronApp }) => {
    await app.byTestId(TID.copyPng(OPTION)).click();
    await expect(app.announcer).toHaveText(
      /^Copied the “ECS on Fargate” diagram to the clipboard as a [\d,]+ × [\d,]+ px PNG\.$/,
    );
    const [, width, height] = /as a ([\d,]+) × ([\d,]+) px/.exec((await app.announcer.textContent())!)!;
    const copied = await electronApp!.evaluate(async ({ clipboard }) => {
      const [item] = await clipboard.read();
      const blob = await item!.getType('image/png');
      return Buffer.from(await blob.arrayBuffer()).toString('base64');
    });
    const png = decodePng(Buffer.from(copied, 'base64'));
    expect([png.width, png.height]).toEqual([Number(width!.replace(/,/g, '')), Number(height!.replace(/,/g, ''))]);
  });
});
