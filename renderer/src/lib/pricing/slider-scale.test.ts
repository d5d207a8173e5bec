import { describe, expect, it } from 'vitest';
import { WORKLOAD_FIELDS, type NumberField } from '../../../../electron/common/pricing';
import { fromSliderPosition, parseTypedValue, SLIDER_STEPS, toSliderPosition } from './slider-scale';

const requests = WORKLOAD_FIELDS.find((f) => f.key === 'requestsPerMonth') as NumberField;
const hours = WORKLOAD_FIELDS.find((f) => f.key === 'hoursPerDay') as NumberField;

describe('slider scale', () => {
  it('spans 1 k to 10 B requests on a log slider, ends included', () => {
    expect(requests.log).toBe(true);
    expect(fromSliderPosition(0, requests)).toBe(requests.min);
    expect(fromSliderPosition(SLIDER_STEPS, requests)).toBe(requests.max);
    // The middle of a log slider is the geometric mean, not the average.
    const middle = fromSliderPosition(SLIDER_STEPS / 2, requests);
    expect(middle).toBeGreaterThan(2_000_000);
    expect(middle).toBeLessThan(5_000_000);
  });

  it('snaps log values to three significant digits and linear ones to the step', () => {
    for (let p = 37; p < SLIDER_STEPS; p += 37) {
      const value = fromSliderPosition(p, requests);
      expect(Number(value.toPrecision(3))).toBe(value);
      const h = fromSliderPosition(p, hours);
      expect(Math.abs(h / hours.step - Math.round(h / hours.step))).toBeLessThan(1e-9);
    }
  });

  it('round-trips a position through its value', () => {
    for (let p = 0; p <= SLIDER_STEPS; p += 50) {
      expect(Math.abs(toSliderPosition(fromSliderPosition(p, requests), requests) - p)).toBeLessThanOrEqual(1);
    }
  });

  it('never moves backwards as the slider moves forwards', () => {
    let previous = -Infinity;
    for (let p = 0; p <= SLIDER_STEPS; p++) {
      const value = fromSliderPosition(p, requests);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
  });

  it('parses typed values with separators and refuses what the field cannot take', () => {
    expect(parseTypedValue('3,000,000', requests)).toEqual({ ok: true, value: 3_000_000 });
    expect(parseTypedValue('1e6', requests)).toEqual({ ok: true, value: 1_000_000 });
    expect(parseTypedValue('abc', requests).ok).toBe(false);
    expect(parseTypedValue('', requests).ok).toBe(false);
    expect(parseTypedValue('2.5', requests).ok).toBe(false);
    expect(parseTypedValue('-1', requests).ok).toBe(false);
  });
});
