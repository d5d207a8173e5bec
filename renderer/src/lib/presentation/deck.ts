import { formatUSD, type OptionResult, type PricingResult, type Workload } from '../../../../electron/common/pricing';
import type { ExtraDiagram } from '../../../../electron/common/diagrams/user-diagrams-schema';
import type { ComputeOption } from '../catalog/types';
import type { BreakEvenReply } from '../pricing/pricing.svelte';
import { assumptionsFacts, recommend, type AssumptionsFacts, type Recommendation } from './story-slides';
import { describeVolume, describeWorkload } from './workload-summary';

export type SlideCost =
  { kind: 'pricing' } | { kind: 'feasible'; monthly: string; yearly: string } | { kind: 'infeasible'; reason: string };

interface SlideBase {
  /** Stable across re-pricing, so a slider move updates a slide instead of re-creating it. */
  key: string;
  title: string;
}

export interface TitleSlide extends SlideBase {
  kind: 'title';
  /** The profile's notes; empty for an unnamed workload. */
  notes: string;
  workloadLine: string;
  priceBookLine: string | null;
}

export interface OptionSlide extends SlideBase {
  kind: 'option';
  option: ComputeOption;
  cost: SlideCost;
  volume: string;
  /**
   * Whether the option can run this kind of workload at all (Batch runs jobs;
   * it cannot serve requests). By kind, not by this volume's price: a slide
   * must not vanish mid-talk because a slider crossed a limit.
   */
  runsThisKind: boolean;
}

export interface ComparisonSlide extends SlideBase {
  kind: 'comparison';
  options: OptionResult[] | null;
  /** The cheapest option that can run the workload, highlighted on the chart. */
  recommendedId: string | null;
}

export interface RecommendationSlide extends SlideBase {
  kind: 'recommendation';
  /** null while pricing, or when no option can run the workload (`pricing` says which). */
  recommendation: Recommendation | null;
  priced: boolean;
}

export interface AssumptionsSlide extends SlideBase {
  kind: 'assumptions';
  facts: AssumptionsFacts;
}

export interface BreakEvenSlide extends SlideBase {
  kind: 'break-even';
  breakEven: BreakEvenReply | null;
  currentRequests: number;
  unit: string;
}

/** One of the profile's diagrams of the user's own. */
export interface UserDiagramSlide extends SlideBase {
  kind: 'user-diagram';
  diagram: ExtraDiagram;
}

export type Slide =
  | TitleSlide
  | OptionSlide
  | UserDiagramSlide
  | ComparisonSlide
  | BreakEvenSlide
  | RecommendationSlide
  | AssumptionsSlide;

export interface DeckInput {
  options: readonly ComputeOption[];
  pricing: PricingResult | null;
  breakEven: BreakEvenReply | null;
  workload: Workload;
  profile: { name: string; notes: string } | null;
  /** The profile's diagrams of the user's own: a slide each, after the options'. */
  extraDiagrams?: readonly ExtraDiagram[];
}

export const UNTITLED = 'Untitled workload';

/** Options that run only one kind of workload; the rest price both. */
const ONLY_KIND: Partial<Record<ComputeOption['id'], Workload['kind']>> = { batch: 'batch' };

export function runsKind(id: ComputeOption['id'], kind: Workload['kind']): boolean {
  const only = ONLY_KIND[id];
  return only === undefined || only === kind;
}

const NO_REASON = 'this option cannot run the workload.';

export function slideCost(result: OptionResult | undefined): SlideCost {
  if (!result) return { kind: 'pricing' };
  if (!result.feasible || result.monthlyUSD === null) {
    return { kind: 'infeasible', reason: result.reason ?? NO_REASON };
  }
  return { kind: 'feasible', monthly: formatUSD(result.monthlyUSD), yearly: formatUSD(result.monthlyUSD * 12) };
}

/**
 * Every slide with its data, in the deck's default order: the options one by
 * one, how they compare and where they cross, the verdict, then what it all
 * assumed. Computed at once: changing slides only picks one
 * from the list, and a slider move re-prices the deck in place.
 */
export function buildDeck(input: DeckInput): Slide[] {
  const { pricing, workload, profile } = input;
  const priceBook = pricing?.priceBook;
  const title: TitleSlide = {
    kind: 'title',
    key: 'title',
    title: profile?.name.trim() || UNTITLED,
    notes: profile?.notes.trim() ?? '',
    workloadLine: describeWorkload(workload),
    priceBookLine: priceBook
      ? `Prices for ${priceBook.regionName} (${priceBook.region}) as of ${priceBook.asOf}`
      : null,
  };
  const volume = describeVolume(workload);
  const recommendation = pricing ? recommend(pricing) : null;
  const optionSlides = input.options.map((option): OptionSlide => ({
    kind: 'option',
    key: `option-${option.id}`,
    title: option.label,
    option,
    cost: slideCost(pricing?.options.find((o) => o.id === option.id)),
    volume,
    runsThisKind: runsKind(option.id, workload.kind),
  }));
  const userSlides = (input.extraDiagrams ?? []).map((diagram): UserDiagramSlide => ({
    kind: 'user-diagram',
    key: `user-diagram-${diagram.id}`,
    title: diagram.title,
    diagram,
  }));
  const comparison: ComparisonSlide = {
    kind: 'comparison',
    key: 'comparison',
    title: 'Cost comparison',
    options: pricing?.options ?? null,
    recommendedId: recommendation?.id ?? null,
  };
  const breakEven: BreakEvenSlide = {
    kind: 'break-even',
    key: 'break-even',
    title: 'Break-even',
    breakEven: input.breakEven,
    currentRequests: workload.requestsPerMonth,
    unit: workload.kind === 'batch' ? 'jobs/month' : 'requests/month',
  };
  const verdict: RecommendationSlide = {
    kind: 'recommendation',
    key: 'recommendation',
    title: 'Recommendation',
    recommendation,
    priced: pricing !== null,
  };
  const assumptions: AssumptionsSlide = {
    kind: 'assumptions',
    key: 'assumptions',
    title: 'Assumptions',
    facts: assumptionsFacts(workload, pricing),
  };
  return [title, ...optionSlides, ...userSlides, comparison, breakEven, verdict, assumptions];
}

/** What a screen reader hears for the slide region, and what is announced on a change. */
export function slideLabel(slide: Slide, index: number, count: number): string {
  return `Slide ${index + 1} of ${count}: ${slide.title}`;
}

export function optionSlideIndex(deck: readonly Slide[], optionId: string): number {
  return deck.findIndex((slide) => slide.kind === 'option' && slide.option.id === optionId);
}
