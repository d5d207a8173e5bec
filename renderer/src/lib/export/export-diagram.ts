import type { PricingResult, Workload } from '../../../../electron/common/pricing';
import type { ComputeOption } from '../catalog/types';
import { diagramFor } from '../diagrams/current-diagram';
import type { OptionDiagram } from '../diagrams/option-diagram';
import { renderDiagram } from '../diagrams/render-diagram';
import { annotateWithCosts } from './cost-annotations';
import { paletteFor } from './export-palette';
import type { ExportChoices } from './export-settings.svelte';
import { planPngSize, type Size } from './export-size';
import { addPngText } from './png-chunks';
import { proposedFileName } from './proposed-file-name';
import { buildProvenance, footerLines, pngTextEntries, type Provenance } from './provenance';
import { rasterizeSvg } from './rasterize';
import { atPixelSize, buildSvgDocument, type SvgDocument } from './svg-document';

/** Everything outside the diagram that an export records. */
export interface ExportFacts {
  profileName: string | null;
  unsavedChanges: boolean;
  pricing: PricingResult | null;
  priceBook: PricingResult['priceBook'] | null;
  workload: Workload;
  appVersion: string;
  now: Date;
}

export interface ComposedExport {
  document: SvgDocument;
  provenance: Provenance;
}

export interface FinishedExport extends Size {
  blob: Blob;
  fileName: string;
}

/** What a diagram of the user's own records in place of an option: "user diagram “…”", and whose costs it carries. */
export interface UserDiagramSubject {
  user: true;
  /** The option it started from, or "user" for a blank one. */
  id: string;
  label: string;
  costsOf: ComputeOption['id'] | null;
}

/** A refusal worth showing the user as it is, e.g. the size cap. */
export class ExportRefused extends Error {}

/** The export document for a rendered diagram; with no fonts it serves to measure. */
export function composeExport(
  diagramSvg: string,
  /** An option, or what a diagram of the user's own stands in for one (see `export-user-diagram.ts`). */
  option: Pick<ComputeOption, 'id' | 'label'> | UserDiagramSubject,
  diagram: Pick<OptionDiagram, 'title' | 'description' | 'unplaced'> & Partial<Pick<OptionDiagram, 'edited'>>,
  choices: ExportChoices,
  facts: ExportFacts,
  fontCss = '',
): ComposedExport {
  // A blank diagram of the user's own prices nothing: no option's costs go on it.
  const costsOf = 'user' in option ? option.costsOf : option.id;
  const costs =
    choices.costAnnotations && costsOf
      ? annotateWithCosts(diagramSvg, costsOf, facts.pricing, diagram, choices.theme)
      : { svg: diagramSvg, titleSuffix: null };
  const result = facts.pricing?.options.find((candidate) => candidate.id === costsOf);
  const provenance = buildProvenance({
    option,
    title: diagram.title,
    edited: diagram.edited ?? false,
    user: 'user' in option,
    profileName: facts.profileName,
    unsavedChanges: facts.unsavedChanges,
    priceBook: facts.priceBook,
    workload: facts.workload,
    monthlyUSD: result?.feasible ? result.monthlyUSD : null,
    appVersion: facts.appVersion,
    exportedAt: facts.now,
  });
  const document = buildSvgDocument({
    diagramSvg: costs.svg,
    heading: costs.titleSuffix ? `${diagram.title} — ${costs.titleSuffix}` : diagram.title,
    description: diagram.description.join(' '),
    provenanceJson: JSON.stringify(provenance),
    footerLines: choices.footer ? footerLines(provenance) : [],
    palette: paletteFor(choices.theme),
    background: choices.background,
    fontCss,
  });
  return { document, provenance };
}

/** The diagram of the priced workload, in the export's theme, with costs on its nodes if asked. */
export function exportedDiagram(option: ComputeOption, choices: ExportChoices, facts: ExportFacts): OptionDiagram {
  const diagram = diagramFor(
    option.id,
    { result: facts.pricing, workload: facts.workload },
    choices.theme,
    choices.costAnnotations,
  );
  if (!diagram)
    throw new ExportRefused('The costs of this workload are still being worked out; try again in a moment.');
  return diagram;
}

/** Renders the diagram in the export's theme (cached per theme) and embeds the fonts. */
async function compose(
  option: ComputeOption,
  choices: ExportChoices,
  facts: ExportFacts,
): Promise<ComposedExport & { diagram: OptionDiagram }> {
  const diagram = exportedDiagram(option, choices, facts);
  const [{ svg }, { INTER_FONT_CSS }] = await Promise.all([
    renderDiagram(option.id, diagram.source, choices.theme),
    import('./embedded-fonts'),
  ]);
  return { ...composeExport(svg, option, diagram, choices, facts, INTER_FONT_CSS), diagram };
}

export async function exportSvg(
  option: ComputeOption,
  choices: ExportChoices,
  facts: ExportFacts,
): Promise<FinishedExport> {
  const { document } = await compose(option, choices, facts);
  return {
    blob: new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n`, document.svg], { type: 'image/svg+xml' }),
    fileName: proposedFileName({
      optionId: option.id,
      profileName: facts.profileName,
      theme: choices.theme,
      kind: 'svg',
    }),
    width: document.width,
    height: document.height,
  };
}

export async function exportPng(
  option: ComputeOption,
  choices: ExportChoices,
  facts: ExportFacts,
): Promise<FinishedExport> {
  const { document, provenance, diagram } = await compose(option, choices, facts);
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
      optionId: option.id,
      profileName: facts.profileName,
      theme: choices.theme,
      kind: 'png',
      sizing: choices.sizing,
    }),
    width: plan.width,
    height: plan.height,
  };
}
