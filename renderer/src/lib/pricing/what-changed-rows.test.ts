import { describe, expect, it } from 'vitest';
import { optionMoveRows, percentText, priceChangeText } from './what-changed-rows';

describe('What changed rows', () => {
  it('writes a moved price as old → new per unit, and its change in percent', () => {
    // $0.20 → $0.25 per 1M requests is a quarter more: +25.0%.
    const change = { id: 'x', label: 'Requests', unit: '1M requests', kind: 'changed' as const, from: 0.2, to: 0.25 };
    expect(priceChangeText({ ...change, changePct: 25 })).toBe('$0.20 → $0.25 per 1M requests');
    expect(percentText(25)).toBe('+25%');
    expect(percentText(-3)).toBe('−3%');
    expect(percentText(12.5)).toBe('+12.5%');
    expect(percentText(null)).toBe('');
  });

  it("lists the options whose monthly total moved most first, and says which can't run", () => {
    const rows = optionMoveRows([
      { id: 'lambda', label: 'Lambda', before: 100, after: 101 },
      { id: 'fargate', label: 'Fargate', before: 200, after: 150 },
      { id: 'lightsail', label: 'Lightsail', before: 10, after: null },
    ]);
    // Fargate: (150 − 200) / 200 = −25 %; Lambda: 1 / 100 = +1 %.
    expect(rows.map((r) => [r.label, r.before, r.after, r.change])).toEqual([
      ['Fargate', '$200.00', '$150.00', '−25%'],
      ['Lambda', '$100.00', '$101.00', '+1%'],
      ['Lightsail', '$10.00', 'not feasible', ''],
    ]);
  });
});
