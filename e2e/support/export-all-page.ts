import { expect, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { TID } from '../../renderer/src/lib/test-ids';

export interface ExportedZip {
  name: string;
  /** Path inside the zip → bytes, files only. */
  files: Map<string, Buffer>;
}

/** The "Export all" dialog, in a user's words. */
export class ExportAllDialog {
  constructor(readonly page: Page) {}

  private byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  get dialog(): Locator {
    return this.byTestId(TID.exportAllDialog);
  }
  get plan(): Locator {
    return this.byTestId(TID.exportAllPlan);
  }
  get progress(): Locator {
    return this.byTestId(TID.exportAllProgress);
  }
  get progressText(): Locator {
    return this.byTestId(TID.exportAllProgressText);
  }
  get summary(): Locator {
    return this.byTestId(TID.exportAllSummary);
  }
  get location(): Locator {
    return this.byTestId(TID.exportAllLocation);
  }
  get failures(): Locator {
    return this.byTestId(TID.exportAllFailure);
  }
  get start(): Locator {
    return this.byTestId(TID.exportAllStart);
  }
  get stop(): Locator {
    return this.byTestId(TID.exportAllStop);
  }
  get close(): Locator {
    return this.byTestId(TID.exportAllClose);
  }

  /** Opens it from the export toolbar under a diagram. */
  async openFrom(optionId: string): Promise<void> {
    await this.byTestId(TID.exportAllOpen(optionId)).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Sets a width for every PNG, in the dialog's own settings. */
  async chooseWidth(widthPx: number): Promise<void> {
    await this.dialog.getByRole('button', { name: /Change settings/ }).click();
    const options = this.byTestId(TID.exportOptions('export-all'));
    await options.getByText('Width', { exact: true }).click();
    await options.getByLabel('Width in pixels').fill(String(widthPx));
  }

  /**
   * Starts, does `meanwhile` (e.g. press Stop), waits for the summary and
   * returns the zip the browser downloaded (null when none came).
   */
  async run(meanwhile?: () => Promise<void>): Promise<ExportedZip | null> {
    await expect(this.start).toBeEnabled();
    // Settled either way, so a run that downloads nothing leaves no promise behind.
    const download = this.page.waitForEvent('download').then(
      (file) => file,
      () => null,
    );
    await this.start.click();
    await meanwhile?.();
    await expect(this.summary).toBeVisible({ timeout: 60_000 });
    const written = await this.location.count();
    if (written === 0) return null;
    const file = await download;
    if (!file) throw new Error('The summary names a zip, but no download came.');
    const unzipped = unzipSync(new Uint8Array(await readFile((await file.path())!)));
    const files = new Map(
      Object.entries(unzipped)
        .filter(([name]) => !name.endsWith('/'))
        .map(([name, bytes]) => [name, Buffer.from(bytes)]),
    );
    return { name: file.suggestedFilename(), files };
  }
}
