import { describe, expect, it } from 'vitest';
import { fieldValueText, unitFor } from './workload-field-words';
import { WORKLOAD_FIELDS, type NumberField, type WorkloadField } from './workload-fields';

const field = (key: string): WorkloadField => {
  const found = WORKLOAD_FIELDS.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};

describe('an input as the Assumptions slide, the report and a comparison name it', () => {
  it('says "1 instance" and "1 environment", "2 instances" and "2 environments"', () => {
    expect(fieldValueText(field('minInstances'), 1)).toBe('1 instance');
    expect(fieldValueText(field('minInstances'), 2)).toBe('2 instances');
    expect(fieldValueText(field('provisionedConcurrency'), 1)).toBe('1 environment');
    expect(fieldValueText(field('provisionedConcurrency'), 0)).toBe('0 environments');
    expect(fieldValueText(field('daysPerMonth'), 1)).toBe('1 day');
    expect(fieldValueText(field('daysPerMonth'), 30.416666)).toBe('30.417 days');
    expect(fieldValueText(field('requestsPerCopy'), 1)).toBe('1 request');
  });

  it('keeps units that have no plural as they are, and says "derived" for a value the engine works out', () => {
    expect(fieldValueText(field('memoryMB'), 1)).toBe('1 MB');
    expect(fieldValueText(field('requestsPerMonth'), 1)).toBe('1 per month');
    // Signs sit on their number, as everywhere else in the app.
    expect(fieldValueText(field('cpuSharePct'), 25)).toBe('25%');
    expect(fieldValueText(field('peakToAverage'), 3)).toBe('3×');
    expect(fieldValueText(field('requestsPerCopy'), null)).toBe('derived');
  });

  it('reads a toggle as on or off and a choice by its label', () => {
    expect(fieldValueText(field('loadBalancer'), true)).toBe('on');
    expect(fieldValueText(field('freeTier'), false)).toBe('off');
    expect(fieldValueText(field('apiFront'), 'http')).toBe('API Gateway HTTP API');
  });

  it('gives the slider the same unit it reads beside its box', () => {
    const minInstances = field('minInstances') as NumberField;
    expect([unitFor(minInstances, 1), unitFor(minInstances, 3), unitFor(minInstances, null)]).toEqual([
      'instance',
      'instances',
      'instances',
    ]);
  });
});
