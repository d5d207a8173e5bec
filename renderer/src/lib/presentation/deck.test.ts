import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, type OptionResult, type PricingResult } from '../../../../electron/common/pricing';
import { OPTIONS } from '../catalog';
import { buildDeck, optionSlideIndex, slideCost, slideLabel, UNTITLED, type DeckInput } from './deck';

const priced = (id: string, monthlyUSD: number | null, reason?: string): OptionResult => ({
  id: id as OptionResult['id'],
  label: id,
  feasible: monthlyUSD !== null,
  reason,
  monthlyUSD,
  lineItems: [],
});

const PRICING: PricingResult = {
  priceBook: { version: '1', asOf: '2025-06-01', region: 'us-east-1', regionName: 'US East (N. Virginia)' },
  options: OPTIONS.map((o) =>
    o.id === 'lambda' ? priced('lambda', null, 'Runs longer than 15 minutes.') : priced(o.id, 100),
  ),
};

const input = (overrides: Partial<DeckInput> = {}): DeckInput => ({
  options: OPTIONS,
  pricing: PRICING,
  breakEven: null,
  workload: DEFAULT_WORKLOAD,
  profile: null,
  ...overrides,
});

describe('buildDeck', () => {
  it('is a title slide, one slide per option in catalog order, comparison, break-even, recommendation, assumptions', () => {
    const deck = buildDeck(input());
    expect(deck.map((s) => s.kind)).toEqual([
      'title',
      ...OPTIONS.map(() => 'option'),
      'comparison',
      'break-even',
      'recommendation',
      'assumptions',
    ]);
    expect(deck.filter((s) => s.kind === 'option').map((s) => s.title)).toEqual(OPTIONS.map((o) => o.label));
    expect(new Set(deck.map((s) => s.key)).size).toBe(deck.length);
  });

  it('titles the deck with the open profile and shows its notes', () => {
    const [title] = buildDeck(input({ profile: { name: 'Checkout API', notes: '  Peak in December.\n' } }));
    expect(title).toMatchObject({ kind: 'title', title: 'Checkout API', notes: 'Peak in December.' });
  });

  it('calls an unnamed workload "Untitled workload" and describes it in one line', () => {
    const [title] = buildDeck(input());
    expect(title).toMatchObject({ title: UNTITLED, notes: '' });
    expect(title?.kind === 'title' && title.workloadLine).toMatch(/^10 M requests a month, 120 ms and 512 MB each/);
    expect(title?.kind === 'title' && title.priceBookLine).toBe(
      'Prices for US East (N. Virginia) (us-east-1) as of 2025-06-01',
    );
  });

  it('gives each option slide its monthly and yearly cost, or the reason it is not feasible', () => {
    const deck = buildDeck(input());
    const ec2 = deck[optionSlideIndex(deck, 'ec2')];
    const lambda = deck[optionSlideIndex(deck, 'lambda')];
    expect(ec2?.kind === 'option' && ec2.cost).toEqual({ kind: 'feasible', monthly: '$100.00', yearly: '$1,200.00' });
    expect(lambda?.kind === 'option' && lambda.cost).toEqual({
      kind: 'infeasible',
      reason: 'Runs longer than 15 minutes.',
    });
  });

  it('marks costs as pending until the first pricing arrives', () => {
    const deck = buildDeck(input({ pricing: null }));
    expect(deck.filter((s) => s.kind === 'option').every((s) => s.cost.kind === 'pricing')).toBe(true);
    expect(deck.find((s) => s.kind === 'comparison')).toMatchObject({ options: null, recommendedId: null });
    expect(deck.find((s) => s.kind === 'recommendation')).toMatchObject({ recommendation: null, priced: false });
  });

  it('measures the break-even slide in jobs for a batch workload', () => {
    const deck = buildDeck(input({ workload: { ...DEFAULT_WORKLOAD, kind: 'batch', requestsPerMonth: 600 } }));
    expect(deck.find((s) => s.kind === 'break-even')).toMatchObject({ unit: 'jobs/month', currentRequests: 600 });
  });
});

describe('which options run which kind of workload', () => {
  it('hides nothing but Batch from a service, and nothing from batch jobs', () => {
    const service = buildDeck(input()).filter((s) => s.kind === 'option' && !s.runsThisKind);
    expect(service.map((s) => s.key)).toEqual(['option-batch']);
    const jobs = buildDeck(input({ workload: { ...DEFAULT_WORKLOAD, kind: 'batch' } }));
    expect(jobs.filter((s) => s.kind === 'option' && !s.runsThisKind)).toEqual([]);
  });
});

describe('slideCost', () => {
  it('treats a feasible option without a total as not feasible rather than free', () => {
    expect(slideCost({ ...priced('ec2', null), feasible: true })).toMatchObject({ kind: 'infeasible' });
  });
});

describe('slideLabel', () => {
  it('reads "Slide n of N: title"', () => {
    const deck = buildDeck(input());
    expect(slideLabel(deck[2]!, 2, deck.length)).toBe(`Slide 3 of ${deck.length}: ${OPTIONS[1]!.label}`);
  });
});
