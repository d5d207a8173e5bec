import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../../../../electron/common/compute-options';
import { OPTIONS, optionById } from './options';
import { isServiceId, serviceById, SERVICES } from './services';
import { COMPARE_ROWS, type Service } from './types';

const SERVICES_WITHOUT_OPTIONS = ['ecr', 'api-gateway'];

function allText(service: Service): string {
  return JSON.stringify(service);
}

describe('service catalog', () => {
  it('lists every shared service id once, in the shared order', () => {
    expect(SERVICES.map((service) => service.id)).toEqual([...SERVICE_IDS]);
  });

  it('finds each service by its id', () => {
    for (const id of SERVICE_IDS) expect(serviceById(id).id).toBe(id);
    expect(isServiceId('eks')).toBe(true);
    expect(isServiceId('toString')).toBe(false);
  });

  describe.each(SERVICES.map((service) => [service.id, service] as const))('%s', (_id, service) => {
    it('fills every text field', () => {
      for (const text of [service.name, service.shortName, service.tagline]) expect(text.trim()).not.toBe('');
      for (const list of [
        service.whatItIs,
        service.youManage,
        service.awsManages,
        service.scaling,
        service.pricingModel,
        service.useCases,
      ]) {
        expect(list.length).toBeGreaterThan(0);
        for (const item of list) expect(item.trim()).not.toBe('');
      }
      expect(service.whatItIs.length).toBeGreaterThanOrEqual(2);
      expect(service.whatItIs.length).toBeLessThanOrEqual(3);
      expect(service.limits.length).toBeGreaterThan(0);
      for (const limit of service.limits) {
        expect(limit.label.trim()).not.toBe('');
        expect(limit.value.trim()).not.toBe('');
      }
    });

    it('has a value for every comparison row and nothing else', () => {
      expect(Object.keys(service.compare).sort()).toEqual(COMPARE_ROWS.map((row) => row.key).sort());
      for (const row of COMPARE_ROWS) expect(service.compare[row.key].trim()).not.toBe('');
    });

    it('links to at least one diagram, its own or one it appears in', () => {
      const linked = [...service.optionIds, ...(service.seeAlsoOptionIds ?? [])];
      expect(linked.length).toBeGreaterThan(0);
      for (const optionId of linked) expect(optionById(optionId).id).toBe(optionId);
      if (SERVICES_WITHOUT_OPTIONS.includes(service.id)) expect(service.optionIds).toEqual([]);
    });
  });

  it('shows every option on the page of the service that owns it', () => {
    for (const option of OPTIONS) expect(serviceById(option.serviceId).optionIds).toContain(option.id);
  });
});

describe('Lambda facts', () => {
  const lambda = allText(serviceById('lambda'));

  it('never repeats the study note’s tenfold-too-cheap "600,000 GB-seconds"', () => {
    expect(lambda).not.toMatch(/600[,. ]?000/);
  });

  it('quotes the real duration prices and free tier', () => {
    expect(lambda).toContain('$0.0000166667 per GB-second');
    expect(lambda).toContain('$0.0000133334');
    expect(lambda).toContain('$0.20 per million');
    expect(lambda).toContain('400,000 GB-seconds');
  });

  it('states the hard limits an architect designs around', () => {
    expect(lambda).toContain('900 seconds');
    expect(lambda).toContain('128 MB to 10,240 MB');
    expect(lambda).toContain('6 vCPUs');
    expect(lambda).toContain('6 MB');
    expect(lambda).toContain('1,000 concurrent executions');
  });
});
