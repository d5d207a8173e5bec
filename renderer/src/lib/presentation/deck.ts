import { formatUSD, type OptionResult, type PricingResult, type Workload } from '../../../../electron/common/pricing';
import type { ComputeOption } from '../catalog/types';
import type { BreakEvenReply } from '../pricing/pricing.svelte';
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
}

export interface ComparisonSlide extends SlideBase {
  kind: 'comparison';
  options: OptionResult[] | null;
}

export interface BreakEvenSlide extends SlideBase {
  kind: 'break-even';
  breakEven: BreakEvenReply | null;
  currentRequests: number;
  unit: string;
}

export type Slide = TitleSlide | OptionSlide | ComparisonSlide | BreakEvenSlide;

export interface DeckInput {
  options: readonly ComputeOption[];
  pricing: PricingResult | null;
  breakEven: BreakEvenReply | null;
  workload: Workload;
  profile: { name: string; notes: string } | null;
}

export const UNTITLED = 'Untitled workload';

const NO_REASON = 'this option cannot run the workload.';

export function slideCost(result: OptionResult | undefined): SlideCost {
  if (!result) return { kind: 'pricing' };
  if (!result.feasible || result.monthlyUSD === null) {
    return { kind: 'infeasible', reason: result.reason ?? NO_REASON };
  }
  return { kind: 'feasible', monthly: formatUSD(result.monthlyUSD), yearly: formatUSD(result.monthlyUSD * 12) };
}

/**
 * Every slide with its data, computed at once: changing slides only picks one
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
    priceBookLine: priceBook ? `Prices for ${priceBook.region} as of ${priceBook.asOf}` : null,
  };
  const volume = describeVolume(workload);
  const optionSlides = input.options.map((option): OptionSlide => ({
    kind: 'option',
    key: `option-${option.id}`,
    title: option.label,
    option,
    cost: slideCost(pricing?.options.find((o) => o.id === option.id)),
    volume,
  }));
  const comparison: ComparisonSlide = {
    kind: 'comparison',
    key: 'comparison',
    title: 'Cost comparison',
    options: pricing?.options ?? null,
  };
  const breakEven: BreakEvenSlide = {
    kind: 'break-even',
    key: 'break-even',
    title: 'Break-even',
    breakEven: input.breakEven,
    currentRequests: workload.requestsPerMonth,
    unit: workload.kind === 'batch' ? 'jobs/month' : 'requests/month',
  };
  return [title, ...optionSlides, comparison, breakEven];
}

/** What a screen reader hears for the slide region, and what is announced on a change. */
export function slideLabel(slide: Slide, index: number, count: number): string {
  return `Slide ${index + 1} of ${count}: ${slide.title}`;
}

export function optionSlideIndex(deck: readonly Slide[], optionId: string): number {
  return deck.findIndex((slide) => slide.kind === 'option' && slide.option.id === optionId);
}
