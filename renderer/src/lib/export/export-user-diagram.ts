import type { ExtraDiagram } from '../../../../electron/common/diagrams/user-diagrams-schema';
import { extraDiagramFor } from '../diagrams/extra/extra-diagram';
import type { OptionDiagram } from '../diagrams/option-diagram';
import { renderDiagram } from '../diagrams/render-diagram';
import { describeDelivery, saveExport } from './deliver';
import { composeExport, ExportRefused, type ExportFacts, type FinishedExport } from './export-diagram';
import { userDiagramFileStem, userDiagramSubject } from './user-diagram-subject';
import { appVersion, currentFacts } from './export-facts';
import { paletteFor } from './export-palette';
import { exportSettings, type ExportChoices } from './export-settings.svelte';
import { planPngSize } from './export-size';
import { addPngText } from './png-chunks';
import { proposedFileName } from './proposed-file-name';
import { pngTextEntries } from './provenance';
import { rasterizeSvg } from './rasterize';
import { atPixelSize } from './svg-document';

/**
 * PNG and SVG export of one of the profile's diagrams of the user's own, with
 * the same provenance the options' diagrams carry, naming it "user diagram
 * “…”" (and the workload, so reopening the PNG reopens the workload).
 */

function exportedUserDiagram(extra: ExtraDiagram, choices: ExportChoices, facts: ExportFacts): OptionDiagram {
  const diagram = extraDiagramFor(
    extra,
    { result: facts.pricing, workload: facts.workload },
    choices.theme,
    choices.costAnnotations,
  );
  if (!diagram)
    throw new ExportRefused('The costs of this workload are still being worked out; try again in a moment.');
  return diagram;
}

async function compose(extra: ExtraDiagram, choices: ExportChoices, facts: ExportFacts) {
  const diagram = exportedUserDiagram(extra, choices, facts);
  const [{ svg }, { INTER_FONT_CSS }] = await Promise.all([
    renderDiagram(`extra-${extra.id}`, diagram.source, choices.theme),
    import('./embedded-fonts'),
  ]);
  return { ...composeExport(svg, userDiagramSubject(extra), diagram, choices, facts, INTER_FONT_CSS), diagram };
}

export async function exportUserDiagramSvg(
  extra: ExtraDiagram,
  choices: ExportChoices,
  facts: ExportFacts,
): Promise<FinishedExport> {
  const { document } = await compose(extra, choices, facts);
  return {
    blob: new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n`, document.svg], { type: 'image/svg+xml' }),
    fileName: proposedFileName({
      optionId: userDiagramFileStem(extra),
      profileName: facts.profileName,
      theme: choices.theme,
      kind: 'svg',
    }),
    width: document.width,
    height: document.height,
  };
}

export async function exportUserDiagramPng(
  extra: ExtraDiagram,
  choices: ExportChoices,
  facts: ExportFacts,
): Promise<FinishedExport> {
  const { document, provenance, diagram } = await compose(extra, choices, facts);
  const plan = planPngSize(document, choices.sizing);
  if (!plan.ok) throw new ExportRefused(plan.message);
  const background = choices.background === 'solid' ? paletteFor(choices.theme).background : null;
  const drawn = await rasterizeSvg(atPixelSize(document.svg, plan), plan, background);
  const tagged = addPngText(
    new Uint8Array(await drawn.arrayBuffer()),
    pngTextEntries(provenance, diagram.description.join(' ')),
  );
  return {
    blob: new Blob([tagged], { type: 'image/png' }),
    fileName: proposedFileName({
      optionId: userDiagramFileStem(extra),
      profileName: facts.profileName,
      theme: choices.theme,
      kind: 'png',
      sizing: choices.sizing,
    }),
    width: plan.width,
    height: plan.height,
  };
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
