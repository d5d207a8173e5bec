import type { ComputeOption } from '../catalog/types';
import { copyPngToClipboard } from '../export/clipboard';
import { deliverExport } from '../export/deliver';
import { exportPng } from '../export/export-diagram';
import { appVersion, currentFacts } from '../export/export-facts';
import { exportSettings } from '../export/export-settings.svelte';
import { formatPx } from '../export/export-size';

/**
 * Export and Copy for the menu and palette: the same pieces the diagram's
 * own toolbar uses, with the toolbar's current choices (size, background,
 * theme). Each resolves to what the announcer says.
 */
function makePng(option: ComputeOption) {
  const choices = exportSettings.snapshot();
  return appVersion().then((version) => exportPng(option, choices, currentFacts(version)));
}

const pixels = (png: { width: number; height: number }) => `${formatPx(png.width)} × ${formatPx(png.height)} px`;

export async function exportDiagramPng(option: ComputeOption): Promise<string> {
  const png = await makePng(option);
  if ((await deliverExport(png.fileName, png.blob)) === 'cancelled') return 'PNG export cancelled.';
  return `Exported the “${option.label}” diagram as a ${pixels(png)} PNG.`;
}

/** Starts the clipboard write at once, inside the key press that asked for it. */
export async function copyDiagramPng(option: ComputeOption): Promise<string> {
  const png = makePng(option);
  await copyPngToClipboard(png.then((result) => result.blob));
  return `Copied the “${option.label}” diagram to the clipboard as a ${pixels(await png)} PNG.`;
}
