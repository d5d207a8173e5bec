import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../../../electron/common/pricing';
import { emptyEdits, type ExtraDiagram } from '../../../../electron/common/diagrams/user-diagrams-schema';
import { OPTIONS } from '../catalog';
import { planExportAll } from './export-all-plan';
import type { ExportChoices } from './export-settings.svelte';
import { userDiagramFileStem, userDiagramSubject } from './user-diagram-subject';
import { buildProvenance, footerLines, pngTextEntries, type ProvenanceInput } from './provenance';

const dataFlow: ExtraDiagram = { id: 'k3x9a0b2', title: 'Data flow', basedOn: null, edits: emptyEdits() };
const fromLambda: ExtraDiagram = { id: 'p0q1r2s3', title: 'Café — queue', basedOn: 'lambda', edits: emptyEdits() };

const base: Omit<ProvenanceInput, 'option' | 'title'> = {
  profileName: 'Shop',
  unsavedChanges: false,
  priceBook: null,
  workload: DEFAULT_WORKLOAD,
  monthlyUSD: null,
  appVersion: '1.2.3',
  exportedAt: new Date('2025-11-26T21:50:30Z'),
};

describe('the provenance of a diagram of the user’s own', () => {
  it('names it “user diagram …” in the PNG’s JSON, its footer and its Source, and carries the workload', () => {
    const provenance = buildProvenance({
      ...base,
      option: userDiagramSubject(dataFlow),
      title: dataFlow.title,
      edited: true,
      user: true,
    });
    expect(provenance.diagram).toEqual({
      optionId: 'user',
      option: 'user diagram “Data flow”',
      title: 'Data flow',
      user: true,
    });
    expect(footerLines(provenance)[2]).toBe(
      'Compute Explorer 1.2.3 · user diagram “Data flow” · exported 2025-11-26 21:50 UTC',
    );
    const entries = pngTextEntries(provenance, 'A diagram.');
    expect(entries.Source).toBe('Compute Explorer user diagram “Data flow”');
    // The workload rides along, so reopening the PNG reopens it.
    expect(JSON.parse(entries.Provenance!)).toMatchObject({ workload: DEFAULT_WORKLOAD, profile: 'Shop' });
  });

  it('records the option a copy started from, whose costs it carries', () => {
    expect(userDiagramSubject(fromLambda)).toEqual({
      user: true,
      id: 'lambda',
      label: 'user diagram “Café — queue”',
      costsOf: 'lambda',
    });
    expect(userDiagramSubject(dataFlow).costsOf).toBeNull();
    expect(userDiagramFileStem(fromLambda)).toBe('user-café-queue');
  });
});

describe('Export all with diagrams of the user’s own', () => {
  const choices: ExportChoices = {
    sizing: { kind: 'scale', scale: 2 },
    background: 'solid',
    theme: 'light',
    footer: true,
    costAnnotations: false,
  };

  it('puts them after the options’ diagrams and before the charts, in the profile’s order, with safe names', () => {
    const { items } = planExportAll(OPTIONS, choices, new Date(2025, 10, 26), [dataFlow, fromLambda]);
    expect(items).toHaveLength(OPTIONS.length + 4);
    expect(items.slice(OPTIONS.length, OPTIONS.length + 2).map((item) => [item.label, item.fileName])).toEqual([
      ['Your diagram “Data flow”', '09-user-data-flow-light@2x.png'],
      ['Your diagram “Café — queue”', '10-user-cafe-queue-light@2x.png'],
    ]);
    expect(items.at(-1)?.fileName).toBe('12-break-even-chart-light@2x.png');
  });
});
