import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../catalog';
import { exportFolderName, planExportAll, safeFileStem, uniqueFileNames } from './export-all-plan';
import type { ExportChoices } from './export-settings.svelte';

const CHOICES: ExportChoices = {
  sizing: { kind: 'scale', scale: 2 },
  background: 'solid',
  theme: 'light',
  footer: true,
  costAnnotations: false,
};
const NOW = new Date(2025, 10, 26, 23, 50);

describe('planExportAll', () => {
  it('exports every diagram, then the comparison and break-even charts', () => {
    const { items } = planExportAll(OPTIONS, CHOICES, NOW);
    expect(items).toHaveLength(OPTIONS.length + 2);
    expect(items.slice(0, OPTIONS.length).map((item) => item.kind === 'diagram' && item.option.id)).toEqual(
      OPTIONS.map((option) => option.id),
    );
    expect(items.slice(-2).map((item) => item.label)).toEqual(['Cost comparison chart', 'Break-even chart']);
  });

  it('names files by position, subject, theme and size, all different', () => {
    const names = planExportAll(OPTIONS, CHOICES, NOW).items.map((item) => item.fileName);
    expect(names[0]).toBe('01-lambda-light@2x.png');
    expect(names.at(-2)).toBe('09-comparison-chart-light@2x.png');
    expect(names.at(-1)).toBe('10-break-even-chart-light@2x.png');
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9@-]+\.png$/);
  });

  it('gives the same names for the same settings and says the width when one is chosen', () => {
    const dark = { ...CHOICES, theme: 'dark' as const, sizing: { kind: 'width' as const, widthPx: 1600 } };
    const first = planExportAll(OPTIONS, dark, NOW).items.map((item) => item.fileName);
    expect(planExportAll(OPTIONS, dark, new Date(2026, 0, 1)).items.map((item) => item.fileName)).toEqual(first);
    expect(first[3]).toBe('04-fargate-dark-1600px.png');
  });

  it('puts the files in a folder named after the local date', () => {
    expect(planExportAll(OPTIONS, CHOICES, NOW).folderName).toBe('compute-explorer-export-2025-11-26');
    expect(exportFolderName(new Date(2026, 0, 5, 0, 1))).toBe('compute-explorer-export-2026-01-05');
  });
});

describe('safeFileStem', () => {
  it('keeps lower-case letters, digits and single hyphens', () => {
    expect(safeFileStem('ECS on EC2 / Fargate')).toBe('ecs-on-ec2-fargate');
    expect(safeFileStem('Café   déjà-vu')).toBe('cafe-deja-vu');
  });

  it('refuses path tricks and never returns an empty stem', () => {
    expect(safeFileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileStem('C:\\con\u0000')).toBe('c-con');
    expect(safeFileStem('…')).toBe('export');
  });

  it('caps the length without leaving a trailing hyphen', () => {
    const stem = safeFileStem(`${'a'.repeat(79)} b`);
    expect(stem.length).toBeLessThanOrEqual(80);
    expect(stem).not.toMatch(/-$/);
  });
});

describe('uniqueFileNames', () => {
  it('numbers repeats before the extension, ignoring case', () => {
    expect(uniqueFileNames(['a.png', 'A.png', 'a.png', 'b.png', 'a-2.png'])).toEqual([
      'a.png',
      'A-2.png',
      'a-3.png',
      'b.png',
      'a-2-2.png',
    ]);
  });
});
