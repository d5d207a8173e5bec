import { describe, expect, it } from 'vitest';
import { costDifference } from '../../../../electron/common/estimate/compare-costs';
import { differenceWords } from './difference-words';

describe('a cost difference in words', () => {
  it('reads dearer as absolute, % and × with an up arrow', () => {
    // By hand: $81.29 − $68.89 = $12.40; 81.29 ÷ 68.89 = 1.18000… → +18 %, 1.18×.
    expect(differenceWords(costDifference(68.89, 81.29))).toEqual({
      figures: '+$12.40 · +18% · 1.18×',
      verdict: '▲ dearer',
      tone: 'worse',
    });
  });

  it('reads cheaper with a minus sign and a down arrow', () => {
    // By hand: $50 − $200 = −$150; 50 ÷ 200 = 0.25 → −75 %, 0.25×.
    expect(differenceWords(costDifference(200, 50))).toEqual({
      figures: '−$150.00 · −75% · 0.25×',
      verdict: '▼ cheaper',
      tone: 'better',
    });
  });

  it('keeps a difference under one per cent visible', () => {
    // By hand: $1,000 → $1,004: +$4.00, 0.4 %, 1.004× shown to two places as 1×.
    expect(differenceWords(costDifference(1000, 1004)).figures).toBe('+$4.00 · +0.4% · 1×');
  });

  it('says the same cost without a sign, and leaves out % and × against a free option', () => {
    expect(differenceWords(costDifference(12, 12))).toMatchObject({
      figures: '$0.00 · 0% · 1×',
      verdict: 'same cost',
    });
    expect(differenceWords(costDifference(0, 3.5)).figures).toBe('+$3.50');
  });
});
