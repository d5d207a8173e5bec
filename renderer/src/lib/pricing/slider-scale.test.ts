import { describe, expect, it } from 'vitest';
import { WORKLOAD_FIELDS, type NumberField } from '../../../../electron/common/pricing';
import {
  arrowStep,
  fromSliderPosition,
  nextSliderValue,
  parseTypedValue,
  SLIDER_STEPS,
  toSliderPosition,
  type ArrowStep,
} from './slider-scale';

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

describe('arrow keys on a slider', () => {
  const numberFields = WORKLOAD_FIELDS.filter((f): f is NumberField => f.kind === 'number');
  const press = (start: number, field: NumberField, keys: (1 | -1)[]) => {
    let state = { value: start, trail: [] as ArrowStep[] };
    for (const direction of keys) state = arrowStep(state.trail, state.value, field, direction);
    return state.value;
  };

  it.each(numberFields.map((f) => [f.key, f] as const))(
    '%s: right then left (and left then right) comes back to every stop',
    (_key, field) => {
      for (let p = 0; p <= SLIDER_STEPS; p++) {
        const stop = fromSliderPosition(p, field);
        // At an end, the first key has nowhere to go.
        if (stop < field.max) expect(press(stop, field, [1, -1])).toBe(stop);
        if (stop > field.min) expect(press(stop, field, [-1, 1])).toBe(stop);
      }
    },
  );

  it.each(numberFields.map((f) => [f.key, f] as const))(
    '%s: holding right climbs from the start to the end without sticking, and left climbs back down',
    (_key, field) => {
      let value = field.min;
      let presses = 0;
      while (value < field.max) {
        const next = nextSliderValue(value, field, 1);
        expect(next).toBeGreaterThan(value);
        value = next;
        expect(++presses).toBeLessThanOrEqual(SLIDER_STEPS);
      }
      while (value > field.min) {
        const next = nextSliderValue(value, field, -1);
        expect(next).toBeLessThan(value);
        value = next;
      }
    },
  );

  it('returns a typed value that sits between stops, however many steps were taken', () => {
    // π million requests: no slider stop holds it (stops have three significant digits).
    expect(press(3_141_593, requests, [1, -1])).toBe(3_141_593);
    expect(press(3_141_593, requests, [1, 1, 1, -1, -1, -1])).toBe(3_141_593);
    expect(press(3_141_593, requests, [-1, -1, 1, 1])).toBe(3_141_593);
  });

  it('steps from a typed value to the neighbouring stops, not back to the stop below', () => {
    expect(press(3_141_593, requests, [1])).toBeGreaterThan(3_141_593);
    expect(press(3_141_593, requests, [-1])).toBeLessThan(3_141_593);
    // Round trip with the default of ten million, which the old position arithmetic lost.
    expect(press(requests.default, requests, [1, -1])).toBe(requests.default);
  });

  it('stays put at the ends', () => {
    expect(press(requests.max, requests, [1])).toBe(requests.max);
    expect(press(requests.min, requests, [-1])).toBe(requests.min);
  });
});
