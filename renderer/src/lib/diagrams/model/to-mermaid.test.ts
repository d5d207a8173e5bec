import { describe, expect, it } from 'vitest';
import { diagramPalette } from '../group-styles';
import { placeCosts } from './costs';
import { mermaidLabel } from './mermaid-text';
import { toMermaid } from './to-mermaid';
import type { DiagramModel } from './types';

const line = (label: string, costUSD: number, priceId?: string) =>
  ({ label, costUSD, quantity: 1, unit: 'x', unitPriceUSD: costUSD, formula: '', priceId }) as never;

const MODEL: DiagramModel = {
  direction: 'LR',
  groups: [
    { id: 'region', kind: 'region', label: 'Region us-east-1' },
    { id: 'azA', kind: 'availability-zone', label: 'Availability Zone A', parent: 'region' },
  ],
  nodes: [
    { id: 'users', icon: 'users', lines: ['Users'] },
    {
      id: 'alb',
      icon: 'alb',
      lines: ['Application Load Balancer'],
      group: 'region',
      cost: { pricePrefixes: ['elb.'], share: 1 },
    },
    {
      id: 'fleetA',
      icon: 'ec2-instance',
      lines: ['3 × EC2 t4g.small'],
      group: 'azA',
      cost: { pricePrefixes: ['ec2.', 'ebs.'], share: 0.75 },
    },
  ],
  edges: [
    { from: 'users', to: 'alb', style: 'solid' },
    { from: 'alb', to: 'fleetA', style: 'solid' },
  ],
};

const palette = diagramPalette('light');
const source = (overrides: Partial<Parameters<typeof toMermaid>[1]> = {}) =>
  toMermaid(MODEL, {
    costs: new Map(),
    groupStyles: palette.groups,
    largestCostColor: palette.largestCost,
    formatCost: (usd) => `$${usd.toFixed(2)}`,
    accessibleTitle: 'Title',
    accessibleDescription: 'Description',
    ...overrides,
  });

describe('mermaidLabel', () => {
  it('turns markup into entity codes, so a label is drawn as text and never parsed', () => {
    expect(mermaidLabel('<img src=x onerror=alert(1)>')).toBe('#lt;img src=x onerror=alert(1)#gt;');
    expect(mermaidLabel('a "quoted" & <b>')).toBe('a #quot;quoted#quot; #amp; #lt;b#gt;');
  });

  it('cannot end the statement: line breaks, backticks and entity look-alikes are neutralised', () => {
    const hostile = 'x"]\nclick users call alert()\n`**md**`#60;';
    const label = mermaidLabel(hostile);
    expect(label).not.toMatch(/["\n`]/);
    expect(label).not.toMatch(/#60;/);
  });
});

describe('toMermaid', () => {
  it('writes groups as styled subgraphs with AWS colours and nodes as AWS icons', () => {
    const text = source();
    expect(text).toMatch(/^flowchart LR\n/);
    expect(text).toContain('subgraph region["Region us-east-1');
    expect(text).toContain('fleetA@{ icon: "aws:ec2-instance", label: "3 × EC2 t4g.small", pos: "b", h: 48 }');
    // The Region's border is AWS's teal #00A4A6, dotted; its Availability Zone's dashed.
    expect(text).toMatch(/classDef region fill:none,stroke:#00A4A6,stroke-width:2px,stroke-dasharray:2 4/);
    expect(text).toMatch(/classDef availabilityZone fill:none,stroke:#00A4A6,stroke-width:2px,stroke-dasharray:8 4/);
    expect(text).not.toMatch(/^\s*click\s/m);
  });

  it('puts each cost on its node, the fleet its share, and marks the largest', () => {
    // ALB $20 + LCU $5 = $25; EC2 $60 + EBS $4 = $64 × 0.75 = $48; data transfer has no node.
    const { byNode, unplaced } = placeCosts(MODEL, [
      line('Application Load Balancer', 20, 'elb.alb.hour'),
      line('ALB capacity units', 5, 'elb.alb.lcu'),
      line('EC2 t4g.small × 4', 60, 'ec2.t4g.small'),
      line('EBS gp3 volumes', 4, 'ebs.gp3'),
      line('Data transfer out', 0.9, 'transfer.out.tier1'),
      line('ECS itself', 0),
    ]);
    expect(byNode.get('alb')).toEqual({ usd: 25, largest: false });
    expect(byNode.get('fleetA')).toEqual({ usd: 48, largest: true });
    expect(unplaced).toEqual([{ label: 'Data transfer out', usd: 0.9 }]);
    const text = source({ costs: byNode });
    expect(text).toContain('label: "3 × EC2 t4g.small\\n$48.00 a month (largest)"');
    expect(text).toContain(`classDef largestCost color:${palette.largestCost}`);
    expect(text).toContain('class fleetA largestCost');
  });
});
