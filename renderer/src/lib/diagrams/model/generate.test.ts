import { describe, expect, it } from 'vitest';
import { COMPUTE_OPTION_IDS } from '../../../../../electron/common/compute-options';
import {
  evaluate,
  PLANS_FOR_OPTION,
  workloadSchema,
  type OptionResult,
  type WorkloadInput,
} from '../../../../../electron/common/pricing';
import iconSet from '../../../../../assets/aws-icons/aws-icons.json';
import { generateDiagram } from './generate';
import type { DiagramModel } from './types';
import { LINE_FITS_CHARS, phraseLines } from './wording';

/** Spot on every option AWS sells it for (EKS on Fargate, Lambda and Lightsail have none). */
const SPOT_WHERE_SOLD = Object.fromEntries(
  COMPUTE_OPTION_IDS.filter((id) => PLANS_FOR_OPTION[id].includes('spot')).map((id) => [id, { plan: 'spot' }]),
);

/** A grid over what changes the picture: load, size, architecture, purchase, fronts, batch compute. */
const GRID: WorkloadInput[] = [];
for (const requestsPerMonth of [1e5, 3e7, 5e8]) {
  for (const [vcpuPerTask, memoryMB] of [
    [0.25, 512],
    [2, 4096],
  ] as const) {
    for (const architecture of ['x86', 'arm'] as const) {
      for (const purchases of [{}, SPOT_WHERE_SOLD]) {
        GRID.push({ requestsPerMonth, vcpuPerTask, memoryMB, architecture, purchases, apiFront: 'rest' });
        GRID.push({
          requestsPerMonth,
          vcpuPerTask,
          memoryMB,
          architecture,
          purchases,
          loadBalancer: false,
          apiFront: 'none',
          minInstances: 1,
        });
        GRID.push({
          kind: 'batch',
          requestsPerMonth,
          vcpuPerTask,
          memoryMB,
          architecture,
          purchases,
          durationMs: 120_000,
          batchCompute: 'ec2',
        });
        GRID.push({
          kind: 'batch',
          requestsPerMonth,
          vcpuPerTask,
          memoryMB,
          architecture,
          purchases,
          durationMs: 120_000,
          batchCompute: 'fargate',
        });
      }
    }
  }
}

/** Every label line of the drawn model, as one text. */
const drawnText = (model: DiagramModel) => model.nodes.flatMap((node) => node.lines).join('\n');

function sum(model: DiagramModel, unit: string): number {
  return model.nodes.reduce((total, node) => total + (node.fleet?.unit === unit ? node.fleet.count : 0), 0);
}
function sumRuns(model: DiagramModel): number {
  return model.nodes.reduce((total, node) => total + (node.fleet?.runs?.count ?? 0), 0);
}

function check(option: OptionResult, model: DiagramModel): void {
  const deployment = option.deployment!;
  const { compute } = deployment;
  const text = drawnText(model);
  const zones = model.groups.filter((group) => group.kind === 'availability-zone').length;
  if (compute.kind === 'lambda') {
    expect(sum(model, 'execution')).toBe(compute.peakConcurrency);
    expect(text).toContain(`${compute.memoryMB} MB`);
  } else if (compute.kind === 'instances') {
    expect(sum(model, 'instance')).toBe(compute.instances);
    if (compute.orchestrator !== 'none') expect(sumRuns(model)).toBe(compute.copies);
    // Every instance node names the type the bill charges for, and its count when more than one.
    for (const node of model.nodes.filter((candidate) => candidate.fleet?.unit === 'instance')) {
      expect(node.lines[0]).toContain(compute.instanceType);
      if (node.fleet!.count > 1) expect(node.lines[0]).toContain(`${node.fleet!.count.toLocaleString('en-US')} × `);
    }
    expect(zones).toBe(deployment.availabilityZones);
  } else if (compute.kind === 'fargate') {
    expect(sum(model, { ecs: 'task', eks: 'pod', batch: 'job' }[compute.orchestrator])).toBe(compute.tasks);
    expect(text).toContain(`${compute.vcpu} vCPU / ${compute.memoryGB} GB`);
    expect(zones).toBe(deployment.availabilityZones);
  } else {
    expect(sum(model, 'instance')).toBe(compute.instances);
    expect(text).toContain(`${compute.bundle} bundle`);
  }
  expect(text).toContain(deployment.architecture === 'arm' ? 'Arm' : 'x86');
  // The fronts the bill charges for, and nothing it doesn't.
  const icons = new Set(model.nodes.map((node) => node.icon));
  expect(icons.has('alb')).toBe(deployment.entry === 'load-balancer' && compute.kind !== 'lightsail');
  expect(icons.has('api-gateway')).toBe(deployment.entry.startsWith('api-gateway'));
  if (icons.has('api-gateway'))
    expect(text).toContain(deployment.entry === 'api-gateway-http' ? 'HTTP API' : 'REST API');
  expect(icons.has('ecr')).toBe(deployment.imagePull);
  expect(icons.has('eks')).toBe(option.id.startsWith('eks'));
  if (deployment.purchase === 'spot' && compute.kind === 'instances') expect(icons.has('ec2-spot')).toBe(true);
}

describe('generated diagrams draw the fleet the bill charges for', () => {
  it.each(GRID.map((input, i) => [i, input] as const))('workload %i', (_i, input) => {
    const workload = workloadSchema.parse(input);
    const result = evaluate(workload);
    expect(result.options.map((option) => option.id)).toEqual([...COMPUTE_OPTION_IDS]);
    for (const option of result.options) {
      const { model, infeasibleReason } = generateDiagram({
        optionId: option.id,
        result: option,
        workload,
        region: 'us-east-1',
      });
      if (!option.feasible) {
        expect(infeasibleReason).toBe(option.reason);
        expect(model.nodes.some((node) => node.fleet)).toBe(false);
        continue;
      }
      check(option, model);
    }
  });

  it('uses only icons of the bundled pack, and ids Mermaid reads as plain names', () => {
    const available = new Set(Object.keys(iconSet.icons));
    for (const input of GRID.slice(0, 8)) {
      const workload = workloadSchema.parse(input);
      for (const option of evaluate(workload).options) {
        const { model } = generateDiagram({ optionId: option.id, result: option, workload, region: 'us-east-1' });
        for (const node of model.nodes) expect(available, node.icon).toContain(node.icon);
        for (const id of [...model.nodes, ...model.groups].map((part) => part.id))
          expect(id).toMatch(/^[a-z][A-Za-z]*$/);
      }
    }
  });

  it("joins a node's phrases on one line only while they fit, so Mermaid never wraps inside one", () => {
    const withPlans = (plan: string) =>
      Object.fromEntries(
        COMPUTE_OPTION_IDS.filter((id) => PLANS_FOR_OPTION[id].includes(plan as never)).map((id) => [id, { plan }]),
      );
    const inputs = [
      ...GRID,
      { purchases: withPlans('compute-savings-plan') },
      { requestsPerMonth: 5e8, purchases: withPlans('spot') },
    ];
    for (const input of inputs) {
      const workload = workloadSchema.parse(input);
      for (const option of evaluate(workload).options.filter((candidate) => candidate.feasible)) {
        const { model } = generateDiagram({ optionId: option.id, result: option, workload, region: 'us-east-1' });
        for (const line of model.nodes.flatMap((node) => node.lines).filter((text) => text.includes(' · ')))
          expect(line.length, line).toBeLessThanOrEqual(LINE_FITS_CHARS);
      }
    }
    // The default workload's ECS-on-EC2 instance: the task count and its size on lines of their own.
    const workload = workloadSchema.parse({});
    const ecs = evaluate(workload).options.find((candidate) => candidate.id === 'ecs-ec2')!;
    const { model } = generateDiagram({ optionId: 'ecs-ec2', result: ecs, workload, region: 'us-east-1' });
    expect(model.nodes.find((node) => node.id === 'fleetA')?.lines).toEqual([
      'EC2 t3.small',
      'x86 · On-Demand',
      '1 ECS task',
      '0.25 vCPU / 0.5 GB',
    ]);
  });

  it('packs phrases greedily, a phrase longer than a line keeping a line of its own', () => {
    expect(phraseLines('x86', 'On-Demand')).toEqual(['x86 · On-Demand']);
    expect(phraseLines('12 ECS tasks', '0.25 vCPU / 0.5 GB')).toEqual(['12 ECS tasks', '0.25 vCPU / 0.5 GB']);
    expect(phraseLines('x86', 'Compute Savings Plan, 3 years, no upfront', 'a')).toEqual([
      'x86',
      'Compute Savings Plan, 3 years, no upfront',
      'a',
    ]);
    expect(phraseLines('a'.repeat(LINE_FITS_CHARS - 4), 'b')).toEqual([`${'a'.repeat(LINE_FITS_CHARS - 4)} · b`]);
    expect(phraseLines('a'.repeat(LINE_FITS_CHARS - 3), 'b')).toEqual(['a'.repeat(LINE_FITS_CHARS - 3), 'b']);
  });

  it('keeps the same ids when only the counts change, so later edits can stay attached', () => {
    const ids = (requestsPerMonth: number) => {
      const workload = workloadSchema.parse({ requestsPerMonth });
      const option = evaluate(workload).options.find((candidate) => candidate.id === 'ecs-ec2')!;
      const { model } = generateDiagram({ optionId: 'ecs-ec2', result: option, workload, region: 'us-east-1' });
      return [...model.groups, ...model.nodes].map((part) => part.id);
    };
    expect(ids(3e8)).toEqual(ids(3e6));
  });
});
