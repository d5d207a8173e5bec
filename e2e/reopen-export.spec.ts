import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';

// Browser mode: the export arrives as a download the spec can drop back.
test.skip(({ shell }) => shell === 'electron', 'browser mode: exports arrive as downloads');

const OPTION = 'fargate';

async function setRequests(app: AppPage, value: string): Promise<void> {
  const input = app.byTestId(TID.numberInput('requestsPerMonth'));
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** Drops a file on the window, as a user dragging it from their desktop. */
async function dropFile(page: Page, name: string, type: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      return transfer;
    },
    { name, type, data: [...bytes] },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

test('an exported PNG dropped on the app reopens its workload as a new unsaved profile', async ({ app }) => {
  // It renders and rasterises a diagram first, which takes a while on a busy machine.
  test.slow();
  await app.open('#/costs');
  await setRequests(app, '7,000,000');

  await app.open(`#/service/${OPTION}`);
  await app.waitForDiagram(OPTION);
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.byTestId(TID.exportPng(OPTION)).click(),
  ]);
  const png = await readFile((await download.path())!);
  const name = download.suggestedFilename();

  await app.open('#/costs');
  await setRequests(app, '2,000,000');
  // The workload has unsaved changes: the app asks before replacing them.
  app.page.once('dialog', (dialog) => void dialog.accept());
  await dropFile(app.page, name, 'image/png', png);

  const today = new Date().toISOString().slice(0, 10);
  const notice = app.byTestId(TID.notice).last();
  await expect(notice).toContainText(`Opened the workload of “Untitled workload” from ${name} (exported ${today}`);
  await expect(notice).toContainText('as a new unsaved profile');
  await expect(app.byTestId(TID.numberInput('requestsPerMonth'))).toHaveValue('7,000,000');
});

test('a PNG the app did not export is refused with its name and why, and the workload is left alone', async ({
  app,
}) => {
  await app.open('#/costs');
  await setRequests(app, '3,000,000');
  const photo = PNG.sync.write(new PNG({ width: 4, height: 4 }));
  await dropFile(app.page, 'holiday.png', 'image/png', photo);

  const notice = app.byTestId(TID.notice).last();
  await expect(notice).toHaveAttribute('data-tone', 'error');
  await expect(notice).toContainText('“holiday.png” was not opened: it carries no Compute Explorer provenance');
  await expect(notice).toContainText('Nothing was saved.');
  await expect(app.byTestId(TID.numberInput('requestsPerMonth'))).toHaveValue('3,000,000');
});
