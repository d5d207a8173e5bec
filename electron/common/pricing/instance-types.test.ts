import { describe, expect, it } from 'vitest';
import { INSTANCE_TYPES } from './instance-types';
import { PRICE_IDS } from './price-book';

/** The EC2 types a fleet is built from: names the breakdown shows and the price book keys on. */
describe('EC2 instance types', () => {
  it('names every type as AWS writes it: family, a dot, then the size', () => {
    // t3.micro, m6i.large, m7g.16xlarge: a letter, a generation, optional attributes.
    for (const type of INSTANCE_TYPES) {
      expect(type.name).toMatch(/^[a-z]\d+[a-z]*\.(nano|micro|small|medium|large|\d*xlarge)$/);
    }
  });

  it('prices each type under ec2.<its name>, and the bundled book prices every one of them', () => {
    const ids = new Set<string>(PRICE_IDS);
    for (const type of INSTANCE_TYPES) {
      expect(type.priceId).toBe(`ec2.${type.name}`);
      expect(ids.has(type.priceId), type.name).toBe(true);
    }
    // And no EC2 price in the book is left without its type.
    const typed = new Set<string>(INSTANCE_TYPES.map((t) => t.priceId));
    expect(PRICE_IDS.filter((id) => id.startsWith('ec2.') && !typed.has(id))).toEqual([]);
  });

  it('lists each type once', () => {
    const names = INSTANCE_TYPES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('runs the Graviton families (a "g" after the generation) on Arm, the others on x86', () => {
    for (const type of INSTANCE_TYPES) {
      const family = type.name.split('.')[0]!;
      expect(type.arch, type.name).toBe(/^[a-z]\d+g$/.test(family) ? 'arm' : 'x86');
    }
    expect(INSTANCE_TYPES.filter((t) => t.arch === 'arm').length).toBeGreaterThan(0);
  });

  it('has the vCPU and memory the reference sheet gives for the types it lists', () => {
    // aws-prices-us-east-1.md, "Amazon EC2 on-demand": vCPU / GiB.
    const sheet: Record<string, [number, number]> = {
      't3.micro': [2, 1],
      't3.small': [2, 2],
      't3.medium': [2, 4],
      't3.large': [2, 8],
      't4g.micro': [2, 1],
      't4g.small': [2, 2],
      't4g.medium': [2, 4],
      't4g.large': [2, 8],
      'm5.large': [2, 8],
      'm6i.large': [2, 8],
      'm7g.large': [2, 8],
      'm5.xlarge': [4, 16],
      'c5.large': [2, 4],
      'c6g.large': [2, 4],
      'c7g.large': [2, 4],
      'r5.large': [2, 16],
    };
    for (const [name, [vcpu, memoryGiB]] of Object.entries(sheet)) {
      expect(
        INSTANCE_TYPES.find((t) => t.name === name),
        name,
      ).toMatchObject({ vcpu, memoryGiB });
    }
  });
});
