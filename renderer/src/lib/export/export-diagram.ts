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

/** The costs must be in before a diagram drawn from them can be exported. */
export function requirePriced<T>(diagram: T | null): T {
  if (!diagram)
    throw new ExportRefused('The costs of this workload are still being worked out; try again in a moment.');
  return diagram;
}

/** The diagram of the priced workload, in the export's theme, with costs on its nodes if asked. */
export function exportedDiagram(option: ComputeOption, choices: ExportChoices, facts: ExportFacts): OptionDiagram {
  return requirePriced(
    diagramFor(option.id, { result: facts.pricing, workload: facts.workload }, choices.theme, choices.costAnnotations),
  );
}

/** One diagram to export, an option's or the user's own: what it is, how it is cached, what its files are called. */
export interface DiagramToExport {
  subject: Pick<ComputeOption, 'id' | 'label'> | UserDiagramSubject;
  diagram: OptionDiagram;
  /** The render cache's key for it (per theme). */
  renderId: string;
  /** What its file names start with, after the app's name. */
  fileStem: string;
}

/** Renders the diagram in the export's theme (cached per theme) and embeds the fonts. */
async function compose(target: DiagramToExport, choices: ExportChoices, facts: ExportFacts): Promise<ComposedExport> {
  const [{ svg }, { INTER_FONT_CSS }] = await Promise.all([
    renderDiagram(target.renderId, target.diagram.source, choices.theme),
    import('./embedded-fonts'),
  ]);
  return composeExport(svg, target.subject, target.diagram, choices, facts, INTER_FONT_CSS);
}

export async function exportDiagramSvg(
  target: DiagramToExport,
  choices: ExportChoices,
  facts: ExportFacts,
): Promise<FinishedExport> {
  const { document } = await compose(target, choices, facts);
  return {
    blob: new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n`, document.svg], { type: 'image/svg+xml' }),
    fileName: proposedFileName({
      optionId: target.fileStem,
      profileName: facts.profileName,
      theme: choices.theme,
      kind: 'svg',
    }),
    width: document.width,
    height: document.height,
  };
}

export async function exportDiagramPng(
  target: DiagramToExport,
  choices: ExportChoices,
  facts: ExportFacts,
): Promise<FinishedExport> {
  const { document, provenance } = await compose(target, choices, facts);
  const plan = planPngSize(document, choices.sizing);
  if (!plan.ok) throw new ExportRefused(plan.message);
  const background = choices.background === 'solid' ? paletteFor(choices.theme).background : null;
  const drawn = await rasterizeSvg(atPixelSize(document.svg, plan), plan, background);
  const tagged = addPngText(
    new Uint8Array(await drawn.arrayBuffer()),
    pngTextEntries(provenance, target.diagram.description.join(' ')),
  );
  return {
    blob: new Blob([tagged], { type: 'image/png' }),
    fileName: proposedFileName({
      optionId: target.fileStem,
      profileName: facts.profileName,
      theme: choices.theme,
      kind: 'png',
      sizing: choices.sizing,
    }),
    width: plan.width,
    height: plan.height,
  };
}

const optionTarget = (option: ComputeOption, choices: ExportChoices, facts: ExportFacts): DiagramToExport => ({
  subject: option,
  diagram: exportedDiagram(option, choices, facts),
  renderId: option.id,
  fileStem: option.id,
});

export function exportSvg(option: ComputeOption, choices: ExportChoices, facts: ExportFacts): Promise<FinishedExport> {
  return exportDiagramSvg(optionTarget(option, choices, facts), choices, facts);
}

export function exportPng(option: ComputeOption, choices: ExportChoices, facts: ExportFacts): Promise<FinishedExport> {
  return exportDiagramPng(optionTarget(option, choices, facts), choices, facts);
}
