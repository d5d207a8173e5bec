import type { ExtraDiagram } from '../../../../electron/common/diagrams/user-diagrams-schema';
import { extraDiagramFor } from '../diagrams/extra/extra-diagram';
import { copyPngToClipboard } from './clipboard';
import { describeDelivery, saveExport } from './deliver';
import {
  exportDiagramPng,
  exportDiagramSvg,
  requirePriced,
  type DiagramToExport,
  type ExportFacts,
  type FinishedExport,
} from './export-diagram';
import { userDiagramFileStem, userDiagramSubject } from './user-diagram-subject';
import { appVersion, currentFacts } from './export-facts';
import { exportSettings, type ExportChoices } from './export-settings.svelte';
import { pngPixels } from './export-size';

/**
 * PNG and SVG export of one of the profile's diagrams of the user's own, with
 * the same provenance the options' diagrams carry, naming it "user diagram
 * “…”" (and the workload, so reopening the PNG reopens the workload).
 */

const userTarget = (extra: ExtraDiagram, choices: ExportChoices, facts: ExportFacts): DiagramToExport => ({
  subject: userDiagramSubject(extra),
  diagram: requirePriced(
    extraDiagramFor(extra, { result: facts.pricing, workload: facts.workload }, choices.theme, choices.costAnnotations),
  ),
  renderId: `extra-${extra.id}`,
  fileStem: userDiagramFileStem(extra),
});

export function exportUserDiagramSvg(
  extra: ExtraDiagram,
  choices: ExportChoices,
  facts: ExportFacts,
): Promise<FinishedExport> {
  return exportDiagramSvg(userTarget(extra, choices, facts), choices, facts);
}

export function exportUserDiagramPng(
  extra: ExtraDiagram,
  choices: ExportChoices,
  facts: ExportFacts,
): Promise<FinishedExport> {
  return exportDiagramPng(userTarget(extra, choices, facts), choices, facts);
}

/** The page's Export PNG / Export SVG, with the toolbar's current choices; resolves to what is announced. */
export async function saveUserDiagram(extra: ExtraDiagram, kind: 'png' | 'svg'): Promise<string> {
  const choices = exportSettings.snapshot();
  const facts = currentFacts(await appVersion());
  const file = await (kind === 'png' ? exportUserDiagramPng : exportUserDiagramSvg)(extra, choices, facts);
  const outcome = await saveExport(file.fileName, file.blob);
  return describeDelivery(outcome, {
    diagram: extra.title,
    kind: kind === 'png' ? 'PNG' : 'SVG',
    as: kind.toUpperCase(),
  });
}

/** The page's Copy PNG: call inside the click, so the clipboard write starts at once and the PNG follows. */
export async function copyUserDiagramPng(extra: ExtraDiagram): Promise<string> {
  const choices = exportSettings.snapshot();
  const png = appVersion().then((version) => exportUserDiagramPng(extra, choices, currentFacts(version)));
  await copyPngToClipboard(png.then((file) => file.blob));
  return `Copied the “${extra.title}” diagram to the clipboard as a ${pngPixels(await png)} PNG.`;
}
