import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { TID } from '../../renderer/src/lib/test-ids';
import { decodePng } from './png';

/** The export toolbar under one diagram, in a user's words. */
export class ExportToolbar {
  constructor(
    readonly page: Page,
    readonly optionId: string,
  ) {}

  private byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  get options(): Locator {
    return this.byTestId(TID.exportOptions(this.optionId));
  }

  get sizePreview(): Locator {
    return this.byTestId(TID.exportSizePreview(this.optionId));
  }

  get error(): Locator {
    return this.byTestId(TID.exportError(this.optionId));
  }

  async choose(...labels: string[]): Promise<void> {
    if (!(await this.options.isVisible())) await this.byTestId(TID.exportOptionsToggle(this.optionId)).click();
    for (const label of labels) {
      const input = this.options.getByLabel(label, { exact: true });
      // The radios are drawn as pills: a user clicks the pill's label, not the hidden input.
      if (!(await input.isChecked())) await this.options.getByText(label, { exact: true }).click();
      await expect(input).toBeChecked();
    }
  }

  /** Clicks an export button and returns the downloaded file. */
  async download(button: 'png' | 'svg'): Promise<{ name: string; bytes: Buffer }> {
    const id = button === 'png' ? TID.exportPng(this.optionId) : TID.exportSvg(this.optionId);
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.byTestId(id).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
  }

  async exportPng() {
    const file = await this.download('png');
    expect(file.name).toMatch(/\.png$/);
    return decodePng(file.bytes);
  }

  /** The exported SVG, parsed by the browser's XML parser. */
  async exportSvg(): Promise<{
    width: number;
    height: number;
    title: string;
    icons: number;
    fontFaces: string;
    /** The diagram's components and connections, as <desc>. */
    description: string;
    /** Node labels that carry a monthly cost. */
    costedNodes: number;
  }> {
    const { bytes } = await this.download('svg');
    return this.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const problem = doc.querySelector('parsererror');
      if (problem) throw new Error(`not well-formed XML: ${problem.textContent}`);
      const root = doc.documentElement;
      return {
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        title: root.querySelector(':scope > title')?.textContent ?? '',
        icons: doc.querySelectorAll('[data-aws-icon]').length,
        fontFaces: root.querySelector(':scope > style')?.textContent ?? '',
        description: root.querySelector(':scope > desc')?.textContent ?? '',
        costedNodes: [...doc.querySelectorAll('.icon-shape .label')].filter((label) =>
          /\$[\d,]+\.\d\d a month/.test(label.textContent ?? ''),
        ).length,
      };
    }, bytes.toString('utf8'));
  }
}

export async function openExportToolbar(
  app: {
    open(hash: string): Promise<void>;
    waitForDiagram(id: string): Promise<Locator>;
    page: Page;
  },
  option: string,
) {
  await app.open(`#/service/${option}`);
  const figure = await app.waitForDiagram(option);
  const viewBox = (await figure.locator('svg').first().getAttribute('viewBox'))!.split(' ').map(Number);
  return { toolbar: new ExportToolbar(app.page, option), diagram: { width: viewBox[2]!, height: viewBox[3]! } };
}
