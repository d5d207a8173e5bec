import { describe, expect, it } from 'vitest';
import { numberField, WORKLOAD_FIELDS, type NumericWorkloadKey } from './workload-fields';

/**
 * The schema takes each numeric field's range and default from numberField, and
 * the UI its slider: they must get the field they ask for. (Only workload-fields
 * is imported: the schema calls numberField as it loads.)
 */
describe('numberField', () => {
  it('gives each numeric field by its own key', () => {
    const numeric = WORKLOAD_FIELDS.filter((f) => f.kind === 'number');
    expect(numeric.length).toBeGreaterThan(1);
    for (const field of numeric) expect(numberField(field.key as NumericWorkloadKey)).toBe(field);
  });

  it('refuses a key that is not a numeric field, naming it (a caller outside the type checker)', () => {
    expect(() => numberField('architecture' as NumericWorkloadKey)).toThrow(
      new Error('No numeric workload field architecture'),
    );
  });
});
