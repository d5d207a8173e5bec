import { describe, expect, it } from 'vitest';
import { COMPUTE_OPTION_IDS } from '../../../../electron/common/compute-options';
import { evaluate, workloadSchema } from '../../../../electron/common/pricing';
import { generateDiagram } from '../diagrams/model/generate';
import { OPTIONS, optionById } from './options';
import { serviceById } from './services';

/** Options whose generated diagram, for a service and a batch workload, draws the icon. */
function optionsWhoseDiagramsUse(icon: string): string[] {
  const ids = new Set<string>();
  for (const input of [{}, { kind: 'batch' }]) {
    const workload = workloadSchema.parse(input);
    for (const result of evaluate(workload).options) {
      const { model } = generateDiagram({ optionId: result.id, result, workload, region: 'us-east-1' });
      if (model.nodes.some((node) => node.icon === icon)) ids.add(result.id);
    }
  }
  return COMPUTE_OPTION_IDS.filter((id) => ids.has(id));
}

describe('compute options', () => {
  it('lists every shared option id once, in the shared order', () => {
    expect(OPTIONS.map((option) => option.id)).toEqual([...COMPUTE_OPTION_IDS]);
    for (const id of COMPUTE_OPTION_IDS) expect(optionById(id).id).toBe(id);
  });

  it.each(OPTIONS.map((option) => [option.id, option] as const))(
    '%s has a label and three key facts',
    (_id, option) => {
      expect(option.label.trim()).not.toBe('');
      expect(option.keyFacts).toHaveLength(3);
      for (const fact of option.keyFacts) expect(fact.trim()).not.toBe('');
    },
  );

  it('shows ECR and API Gateway inside other services’ diagrams, as their pages claim', () => {
    expect([...(serviceById('ecr').seeAlsoOptionIds ?? [])].sort()).toEqual(optionsWhoseDiagramsUse('ecr').sort());
    expect(serviceById('api-gateway').seeAlsoOptionIds).toEqual(optionsWhoseDiagramsUse('api-gateway'));
  });
});
