import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openExportToolbar } from './support/export-toolbar';
import type { DecodedPng } from './support/png';

// The desktop app delivers exports through its save dialog (deliverExport), not as a download.
test.skip(({ shell }) => shell === 'electron', 'browser mode: exports arrive as downloads');

/** A piece of text in the exported picture and the box it is drawn in, in the SVG's own pixels. */
interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where each text of an exported SVG is drawn: the SVG is shown on a blank page
 * of its own (not the app's) at its natural size, so a box in CSS pixels is a
 * box in the 1× export, and scales with the PNG.
 */
async function textBoxes(viewer: Page, svg: string): Promise<TextBox[]> {
  await viewer.setContent(`<body style="margin:0">${svg}</body>`);
  return viewer.evaluate(() =>
    [...document.querySelectorAll('svg > * text, svg text')]
      .filter((element, index, all) => all.indexOf(element) === index)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { text: element.textContent?.trim() ?? '', x: box.x, y: box.y, width: box.width, height: box.height };
      })
      .filter((box) => box.text !== '' && box.width > 2 && box.height > 2),
  );
}

const luminance = ([r, g, b]: number[]) => {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
};

/** WCAG 2.2's contrast ratio of two sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The contrast a reader gets in one text box of the PNG: its background is the
 * colour most of the box holds, its ink the pixel that stands out most from it
 * (the solid middle of a glyph at 4×, where anti-aliasing no longer blends).
 */
function contrastInBox(png: DecodedPng, box: TextBox, scale: number): number {
  const counts = new Map<number, number>();
  const left = Math.max(0, Math.floor(box.x * scale));
  const top = Math.max(0, Math.floor(box.y * scale));
  const right = Math.min(png.width, Math.ceil((box.x + box.width) * scale));
  const bottom = Math.min(png.height, Math.ceil((box.y + box.height) * scale));
  for (let y = top; y < bottom; y++)
    for (let x = left; x < right; x++) {
      const [r, g, b] = png.pixel(x, y);
      const key = (r << 16) | (g << 8) | b;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const [backgroundKey] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const background = [(backgroundKey >> 16) & 255, (backgroundKey >> 8) & 255, backgroundKey & 255];
  let most = 1;
  for (const key of counts.keys())
    most = Math.max(most, contrast([(key >> 16) & 255, (key >> 8) & 255, key & 255], background));
  return most;
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`every text in an exported ${theme.toLowerCase()} PNG reads at 4.5:1 or more`, async ({ app }) => {
    test.slow();
    // EC2 draws every kind of group (Region, VPC, Availability Zones, subnets, Auto Scaling group) and costs on nodes.
    const { toolbar } = await openExportToolbar(app, 'ec2');
    await toolbar.choose('4×', theme, 'Solid', 'Cost annotations');
    const svg = (await toolbar.download('svg')).bytes.toString('utf8');
    const png = await toolbar.exportPng();

    // A page of its own, so nothing is added to the app's; the export needs no network (fonts and icons are inline).
    const viewer = await app.page.context().newPage();
    const boxes = await textBoxes(viewer, svg);
    await viewer.close();
    const svgWidth = Number(/<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1]);
    const scale = png.width / svgWidth;
    expect(scale).toBeCloseTo(4, 1);

    // Every group title, node label and footer line is there to be read.
    expect(boxes.length).toBeGreaterThan(10);
    expect(boxes.map((box) => box.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Region/), expect.stringMatching(/^VPC/)]),
    );
    const tooFaint = boxes
      .map((box) => ({ text: box.text, ratio: Math.round(contrastInBox(png, box, scale) * 100) / 100 }))
      .filter(({ ratio }) => ratio < 4.5);
    expect(tooFaint, 'texts under 4.5:1 in the exported PNG').toEqual([]);
  });
}
