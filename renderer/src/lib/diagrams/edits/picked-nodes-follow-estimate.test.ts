import { describe, expect, it } from 'vitest';
import { diagramEditsSchema } from '../../../../../electron/common/diagrams/user-diagrams-schema';
import { evaluate, workloadSchema } from '../../../../../electron/common/pricing';
import { iconNodeStatement } from '../editor/insert-node';
import { EXTRA_ICON_NAMES, pickableIcon } from '../icon-catalog';
import { NODE_ICON_NAMES } from '../icon-names';
import { generateDiagram } from '../model/generate';
import { optionDiagram } from '../option-diagram';
import { diffEdits } from './diff-edits';
import { toEditableSource } from './editable-source';
import { parseEditableSource } from './parse-source';

function ec2For(requestsPerMonth: number) {
  const workload = workloadSchema.parse({ requestsPerMonth });
  const result = evaluate(workload).options.find((candidate) => candidate.id === 'ec2')!;
  const { model } = generateDiagram({ optionId: 'ec2', result, workload, region: 'us-east-1' });
  return { result, workload, model };
}

describe('nodes the user added with the icon picker, when the estimate changes', () => {
  const small = ec2For(3e7);
  const large = ec2For(5e9);

  // Every extra inserted after the load balancer's line, as the picker does with the cursor there, and an arrow to one.
  let source = toEditableSource(small.model);
  const ids: Record<string, string> = {};
  for (const name of EXTRA_ICON_NAMES) {
    const { id, statement } = iconNodeStatement(pickableIcon(name)!, source);
    ids[name] = id;
    source = source.replace(/(\n(\s*)alb@[^\n]*)/, `$1\n$2${statement}`);
  }
  source += `  alb --> ${ids.sqs}\n`;
  const parsed = parseEditableSource(source, NODE_ICON_NAMES);
  if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.message}`);
  // Saved with the profile and read back through its schema, as from disk.
  const edits = diagramEditsSchema.parse(JSON.parse(JSON.stringify(diffEdits(small.model, parsed.model))));

  const redrawn = optionDiagram({
    optionId: 'ec2',
    result: large.result,
    workload: large.workload,
    region: 'us-east-1',
    theme: 'light',
    showCosts: true,
    edits,
  });

  it('keeps each added node with its icon and label, in the group it was inserted in, and its arrow', () => {
    for (const name of EXTRA_ICON_NAMES) {
      const node = redrawn.model.nodes.find((candidate) => candidate.id === ids[name]);
      expect(node, name).toMatchObject({ icon: name, lines: [pickableIcon(name)!.title] });
      expect(node?.group, name).toBe(small.model.nodes.find((candidate) => candidate.id === 'alb')?.group);
    }
    expect(redrawn.model.edges).toContainEqual({ from: 'alb', to: ids.sqs, style: 'solid' });
  });

  it('redraws the generated fleet from the new estimate alongside them', () => {
    const compute = large.result.deployment!.compute;
    expect(compute.kind).toBe('instances');
    if (compute.kind !== 'instances') return;
    // The precondition: the two estimates draw different fleets.
    expect(small.result.deployment!.compute).not.toMatchObject({ instances: compute.instances });
    const drawn = redrawn.model.nodes.reduce(
      (total, node) => total + (node.fleet?.unit === 'instance' ? node.fleet.count : 0),
      0,
    );
    // The count comes from the pricer's deployment, not from the diagram code.
    expect(drawn).toBe(compute.instances);
  });

  it('draws an added node the way generated icon nodes are drawn', () => {
    const generatedLine = redrawn.source.split('\n').find((line) => /^\s*alb@/.test(line))!;
    const addedLine = redrawn.source.split('\n').find((line) => line.trim().startsWith(`${ids.sqs}@`))!;
    // Same shape: icon from the pack, label under it, same icon height.
    const shape = (line: string) => line.replace(/^\s*\w+@\{ icon: "aws:[a-z0-9-]+", label: "[^"]*"/, '');
    expect(addedLine).toContain('icon: "aws:sqs", label: "Amazon SQS"');
    expect(shape(addedLine)).toBe(shape(generatedLine));
    expect(shape(addedLine)).toMatch(/h: \d+/);
  });
});
