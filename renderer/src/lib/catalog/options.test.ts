import { describe, expect, it } from 'vitest';
import iconSet from '../../../../assets/aws-icons/aws-icons.json';
import { COMPUTE_OPTION_IDS } from '../../../../electron/common/compute-options';
import { iconNamesUsedIn } from './diagram-syntax';
import { OPTIONS, optionById } from './options';
import { serviceById } from './services';

const AVAILABLE_ICONS = new Set(Object.keys(iconSet.icons));

/** Ids of the nodes a flowchart declares: `id@{…}`, `id(…)` or `id[…]` at the start of a line. */
function declaredNodeIds(source: string): string[] {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => !line.startsWith('subgraph '))
    .flatMap((line) => /^([A-Za-z][A-Za-z0-9]*)(?:@\{|\(|\[)/.exec(line)?.[1] ?? []);
}

function optionsWhoseDiagramsUse(icon: string): string[] {
  return OPTIONS.filter((option) => option.diagram.icons.includes(icon)).map((option) => option.id);
}

describe('compute options', () => {
  it('lists every shared option id once, in the shared order', () => {
    expect(OPTIONS.map((option) => option.id)).toEqual([...COMPUTE_OPTION_IDS]);
    for (const id of COMPUTE_OPTION_IDS) expect(optionById(id).id).toBe(id);
  });

  describe.each(OPTIONS.map((option) => [option.id, option] as const))('%s', (_id, option) => {
    const { source, icons } = option.diagram;

    it('has a label, three key facts and a described diagram', () => {
      expect(option.label.trim()).not.toBe('');
      expect(option.keyFacts).toHaveLength(3);
      for (const fact of option.keyFacts) expect(fact.trim()).not.toBe('');
      expect(option.diagram.title.trim()).not.toBe('');
      expect(option.diagram.description).toMatch(/^[A-Z].*\.$/);
    });

    it('lists exactly the icons its source uses, all from the bundled pack', () => {
      expect([...icons].sort()).toEqual(iconNamesUsedIn(source).sort());
      for (const icon of icons) expect(AVAILABLE_ICONS, `aws:${icon}`).toContain(icon);
    });

    it('is a flowchart of 5 to 12 simply named nodes, with no directives, clicks or HTML', () => {
      expect(source).toMatch(/^flowchart (LR|TB)\n/);
      const nodeIds = declaredNodeIds(source);
      expect(nodeIds.length).toBeGreaterThanOrEqual(5);
      expect(nodeIds.length).toBeLessThanOrEqual(12);
      expect(new Set(nodeIds).size).toBe(nodeIds.length);
      for (const id of nodeIds) expect(['end', 'graph', 'subgraph']).not.toContain(id.toLowerCase());
      expect(source).not.toMatch(/%%\{/);
      expect(source).not.toMatch(/^\s*click\s/m);
      expect(source).not.toMatch(/<[a-z/]/i);
    });
  });

  it('shows ECR and API Gateway inside other services’ diagrams, as their pages claim', () => {
    expect(optionsWhoseDiagramsUse('ecr').length).toBeGreaterThan(0);
    expect(optionsWhoseDiagramsUse('api-gateway').length).toBeGreaterThan(0);
    expect([...(serviceById('ecr').seeAlsoOptionIds ?? [])].sort()).toEqual(optionsWhoseDiagramsUse('ecr').sort());
    expect(serviceById('api-gateway').seeAlsoOptionIds).toEqual(optionsWhoseDiagramsUse('api-gateway'));
  });
});
