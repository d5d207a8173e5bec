import { describe, expect, it } from 'vitest';
import { diagramEditsSchema } from '../../../../electron/common/diagrams/user-diagrams-schema';
import { evaluate, workloadSchema } from '../../../../electron/common/pricing';
import { diagramFor } from './current-diagram';

function priced(requestsPerMonth: number) {
  const workload = workloadSchema.parse({ requestsPerMonth });
  return { result: evaluate(workload), workload };
}

describe('an option’s diagram, built once per estimate', () => {
  it('is the one already built when the estimate and edits are the same: a page built again reads it', () => {
    const estimate = priced(5_000_000);
    const first = diagramFor('ec2', estimate, 'light', true, undefined);
    expect(diagramFor('ec2', estimate, 'light', true, undefined)).toBe(first);
    // The same estimate priced again (a new reply) is drawn from that reply, not assumed the same.
    expect(diagramFor('ec2', priced(5_000_000), 'light', true, undefined)).not.toBe(first);
  });

  it('follows a new estimate: its fleet and costs, not the last one’s', () => {
    const small = diagramFor('ec2', priced(1_000_000), 'light', true, undefined);
    const large = diagramFor('ec2', priced(5_000_000_000), 'light', true, undefined);
    expect(large?.source).not.toBe(small?.source);
    expect(large?.description.join(' ')).not.toBe(small?.description.join(' '));
  });

  it('keeps each theme’s and each cost setting’s own diagram, and redraws for new edits', () => {
    const estimate = priced(5_000_000);
    const light = diagramFor('lambda', estimate, 'light', true, undefined);
    const dark = diagramFor('lambda', estimate, 'dark', true, undefined);
    const noCosts = diagramFor('lambda', estimate, 'light', false, undefined);
    expect(new Set([light?.source, dark?.source, noCosts?.source]).size).toBe(3);
    expect(diagramFor('lambda', estimate, 'light', true, undefined)).toBe(light);
    expect(diagramFor('lambda', estimate, 'dark', true, undefined)).toBe(dark);

    const turned = diagramEditsSchema.parse({ direction: 'TB' });
    const edited = diagramFor('lambda', estimate, 'light', true, turned);
    expect(edited?.edited).toBe(true);
    expect(edited?.source).not.toBe(light?.source);
    expect(diagramFor('lambda', estimate, 'light', true, undefined)?.edited).toBe(false);
  });
});
