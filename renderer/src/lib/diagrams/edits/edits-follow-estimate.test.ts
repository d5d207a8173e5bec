import { describe, expect, it } from 'vitest';
import { diagramEditsSchema } from '../../../../../electron/common/diagrams/user-diagrams-schema';
import { evaluate, workloadSchema, type OptionResult } from '../../../../../electron/common/pricing';
import { NODE_ICON_NAMES } from '../icon-names';
import { optionDiagram } from '../option-diagram';
import { generateDiagram } from '../model/generate';
import type { DiagramModel } from '../model/types';
import { applyEdits } from './apply-edits';
import { diffEdits, isUnedited } from './diff-edits';
import { toEditableSource } from './editable-source';
import { parseEditableSource } from './parse-source';

function ec2For(requestsPerMonth: number): {
  option: OptionResult;
  model: DiagramModel;
  workload: ReturnType<typeof workloadSchema.parse>;
} {
  const workload = workloadSchema.parse({ requestsPerMonth });
  const option = evaluate(workload).options.find((candidate) => candidate.id === 'ec2')!;
  const { model } = generateDiagram({ optionId: 'ec2', result: option, workload, region: 'us-east-1' });
  return { option, model, workload };
}

/** What the user does in the editor: the text, changed by hand, read back and saved as edits. */
function editAsUser(base: DiagramModel, change: (source: string) => string) {
  const parsed = parseEditableSource(change(toEditableSource(base)), NODE_ICON_NAMES);
  if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.message}`);
  // Saved in the profile's JSON and read back through its schema, as from disk.
  return diagramEditsSchema.parse(JSON.parse(JSON.stringify(diffEdits(base, parsed.model))));
}

const instances = (model: DiagramModel) =>
  model.nodes.reduce((total, node) => total + (node.fleet?.unit === 'instance' ? node.fleet.count : 0), 0);

describe('the user’s diagram edits, when the estimate changes', () => {
  const small = ec2For(3e7);
  const large = ec2For(5e9);
  const largeCompute = large.option.deployment!.compute;

  const edits = editAsUser(small.model, (source) =>
    source
      .replace('label: "Application Load Balancer"', 'label: "Public ALB"')
      // A line of their own under the generated count, which should keep following the estimate.
      .replace(/(fleetA@\{ icon: "aws:ec2-instance", label: ")([^\\"]*)\\n/, '$1$2\\nweb tier\\n')
      .replace(
        /(\n\s*alb@[^\n]*\n)/,
        '$1        orders@{ icon: "aws:sqs", label: "Orders queue" }\n        audit["Audit log"]\n',
      )
      .replace('  alb --> fleetB\n', '  alb --> fleetB\n  fleetA -.->|"enqueue"| orders\n'),
  );

  it('keeps the user’s added node, box, arrow and renamed label', () => {
    const model = applyEdits(large.model, edits);
    expect(model.nodes.find((node) => node.id === 'orders')).toMatchObject({
      icon: 'sqs',
      lines: ['Orders queue'],
      group: 'vpc',
    });
    expect(model.nodes.find((node) => node.id === 'audit')).toMatchObject({ lines: ['Audit log'] });
    expect(model.nodes.find((node) => node.id === 'audit')?.icon).toBeUndefined();
    expect(model.nodes.find((node) => node.id === 'alb')?.lines).toEqual(['Public ALB']);
    expect(model.edges).toContainEqual({ from: 'fleetA', to: 'orders', style: 'dashed', label: 'enqueue' });
  });

  it('redraws the counts and instance type from the new estimate', () => {
    // The precondition of the test: the two estimates differ in what they draw.
    expect(largeCompute.kind).toBe('instances');
    if (largeCompute.kind !== 'instances') return;
    expect(small.option.deployment!.compute).not.toMatchObject({ instanceType: largeCompute.instanceType });

    const model = applyEdits(large.model, edits);
    // The pricer's own deployment, not the diagram code, says how many instances of which type.
    expect(instances(model)).toBe(largeCompute.instances);
    const fleetA = model.nodes.find((node) => node.id === 'fleetA')!;
    expect(fleetA.lines[0]).toContain(largeCompute.instanceType);
    expect(fleetA.lines[1]).toBe('web tier');
    expect(fleetA.lines[2]).toMatch(/x86 · On-Demand/);
    expect(model.nodes.find((node) => node.id === 'fleetB')!.lines[0]).toContain(largeCompute.instanceType);
  });

  it('draws the edited diagram with its costs, says it was edited, and draws a label’s markup as text', () => {
    const hostile = editAsUser(small.model, (source) =>
      source.replace('label: "Application Load Balancer"', 'label: "<img src=x onerror=alert(1)>"'),
    );
    const diagram = optionDiagram({
      optionId: 'ec2',
      result: large.option,
      workload: large.workload,
      region: 'us-east-1',
      theme: 'light',
      showCosts: true,
      edits: hostile,
    });
    expect(diagram.edited).toBe(true);
    expect(diagram.description.join(' ')).toMatch(/Edited by hand/);
    expect(diagram.source).toContain('#lt;img src=x onerror=alert(1)#gt;');
    expect(diagram.source).not.toMatch(/<img/);
    // The fleet still carries its cost from the new estimate's line items.
    expect(diagram.source).toMatch(/fleetA@\{[^\n]*a month/);
  });

  it('draws an icon the pack does not have (a hand-edited file) as a plain box', () => {
    const tampered = diagramEditsSchema.parse({
      added: { nodes: [{ id: 'odd', icon: 'not-in-pack', lines: ['Odd'] }] },
    });
    const diagram = optionDiagram({
      optionId: 'ec2',
      result: large.option,
      workload: large.workload,
      region: 'us-east-1',
      theme: 'light',
      showCosts: false,
      edits: tampered,
    });
    expect(diagram.source).toContain('odd["Odd"]');
    expect(diagram.source).not.toContain('not-in-pack');
  });

  it('reads the unchanged text back as no edits at all', () => {
    expect(isUnedited(editAsUser(small.model, (source) => source))).toBe(true);
  });
});
