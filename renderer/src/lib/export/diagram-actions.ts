import type { ComputeOption } from '../catalog/types';
import { copyPngToClipboard } from './clipboard';
import { describeDelivery, saveExport } from './deliver';
import { exportPng, exportSvg } from './export-diagram';
import { appVersion, currentFacts } from './export-facts';
import { exportSettings } from './export-settings.svelte';
import { pngPixels } from './export-size';

/**
 * Export PNG, Export SVG and Copy PNG of one diagram, for its toolbar, the
 * menu and the palette alike, with the toolbar's current choices (size,
 * background, theme) snapshotted at the call so a change mid-export cannot
 * alter it. Each resolves to what the announcer says.
 */
function makePng(option: ComputeOption) {
  const choices = exportSettings.snapshot();
  return appVersion().then((version) => exportPng(option, choices, currentFacts(version)));
}

export async function exportDiagramPng(option: ComputeOption): Promise<string> {
  const png = await makePng(option);
  const outcome = await saveExport(png.fileName, png.blob);
  return describeDelivery(outcome, { diagram: option.label, kind: 'PNG', as: `a ${pngPixels(png)} PNG` });
}

export async function exportDiagramSvg(option: ComputeOption): Promise<string> {
  const choices = exportSettings.snapshot();
  const file = await exportSvg(option, choices, currentFacts(await appVersion()));
  const outcome = await saveExport(file.fileName, file.blob);
  return describeDelivery(outcome, { diagram: option.label, kind: 'SVG', as: 'SVG' });
}

/** Call inside the click or key press: the clipboard write starts at once, the PNG follows. */
export async function copyDiagramPng(option: ComputeOption): Promise<string> {
  const png = makePng(option);
  await copyPngToClipboard(png.then((result) => result.blob));
  return `Copied the “${option.label}” diagram to the clipboard as a ${pngPixels(await png)} PNG.`;
}
