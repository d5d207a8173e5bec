import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../../../../electron/common/compute-options';
import { PRESET_COMPARISONS, SERVICES } from '../catalog';
import { filterCommands } from './command-filter';
import { goToEntries } from './go-to-entries';

const PROFILES = [
  { id: '3f2b9c1e-8d4a-4b7e-9c2d-1a2b3c4d5e6f', name: 'Checkout API', example: false },
  { id: 'example-public-api', name: 'Public API backend', example: true },
];
const entries = goToEntries(SERVICES, PRESET_COMPARISONS, PROFILES);
const first = (query: string) => filterCommands(entries, query)[0]?.label;

describe('places in the command palette', () => {
  it('has a "Go to" for every service, comparison, Costs, Profiles, and each saved profile by name', () => {
    const keys = entries.map((entry) => entry.key);
    expect(keys).toEqual(expect.arrayContaining(SERVICE_IDS.map((id) => `go-service-${id}`)));
    expect(keys).toEqual(expect.arrayContaining(PRESET_COMPARISONS.map((c) => `go-compare-${c.id}`)));
    expect(keys).toEqual(expect.arrayContaining(['go-costs', 'go-profiles', 'go-catalog']));
    expect(entries.filter((entry) => 'profileId' in entry.target).map((entry) => entry.label)).toEqual([
      'Open “Checkout API”',
      'Open “Public API backend”',
    ]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[\w-]+$/);
  });

  it.each([
    ['lambda', 'Go to Lambda'],
    ['lmbda', 'Go to Lambda'],
    ['lamda', 'Go to Lambda'],
    ['elastic kubernetes', 'Go to EKS'],
    ['costs', 'Go to Costs & Break-even'],
    ['checkout', 'Open “Checkout API”'],
    ['chkout', 'Open “Checkout API”'],
    ['ec2 vs lambda', 'Compare EC2 vs Lambda'],
  ])('finds %j first as %s (words, or letters in order)', (query, label) => {
    expect(first(query)).toBe(label);
  });

  it('goes where it says: a service page, a comparison, a profile', () => {
    const byKey = (key: string) => entries.find((entry) => entry.key === key)!.target;
    expect(byKey('go-service-eks')).toEqual({ route: { name: 'service', id: 'eks' } });
    expect(byKey('go-compare-ec2-vs-lambda')).toEqual({ route: { name: 'compare', ids: ['ec2', 'lambda'] } });
    expect(byKey(`open-profile-${PROFILES[0]!.id}`)).toEqual({ profileId: PROFILES[0]!.id });
  });
});

describe('the user’s own diagrams in the command palette', () => {
  it('has "Go to Your diagrams" and each of the open profile’s diagrams by name, going to its page', () => {
    const withDiagrams = goToEntries(SERVICES, PRESET_COMPARISONS, [], [{ id: 'k3x9a0b2', title: 'Data flow' }]);
    expect(filterCommands(withDiagrams, 'data flow')[0]).toMatchObject({
      label: 'Go to diagram “Data flow”',
      target: { route: { name: 'diagram', id: 'k3x9a0b2' } },
    });
    expect(filterCommands(withDiagrams, 'your diagrams')[0]?.target).toEqual({ route: { name: 'diagrams' } });
  });
});
