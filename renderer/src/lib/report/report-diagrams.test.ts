import { describe, expect, it } from 'vitest';
import { evaluate, workloadSchema } from '../../../../electron/common/pricing';
import { diagramFor } from '../diagrams/current-diagram';
import { reportDiagramsToDraw } from './report-diagrams';

// What the report's warm-up lays out ahead of time must be exactly what the report draws:
// otherwise opening the report misses the cache and waits on Mermaid anyway.
describe('the report’s diagrams, laid out before the report is opened', () => {
  const workload = workloadSchema.parse({});
  const result = evaluate(workload);
  const priced = { result, workload };
  const feasible = result.options.filter((option) => option.feasible).map((option) => option.id);

  it('are the feasible options’ diagrams in light with their costs, as the report page asks for them', () => {
    const toDraw = reportDiagramsToDraw(priced, () => false);
    expect(toDraw.map((job) => job.optionId)).toEqual(feasible);
    for (const job of toDraw) {
      expect(job.source).toBe(diagramFor(job.optionId, priced, 'light', true)?.source);
      // Costs on: the service pages' warm-up (costs off by default) lays out another source.
      expect(job.source).not.toBe(diagramFor(job.optionId, priced, 'light', false)?.source);
    }
  });

  it('leave out those already in the cache, and wait for the costs', () => {
    const first = reportDiagramsToDraw(priced, () => false)[0]!;
    expect(reportDiagramsToDraw(priced, (source) => source === first.source).map((job) => job.optionId)).toEqual(
      feasible.slice(1),
    );
    expect(reportDiagramsToDraw({ result: null, workload: null })).toEqual([]);
  });
});
