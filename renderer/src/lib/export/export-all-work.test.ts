import { describe, expect, it, vi } from 'vitest';
import { OPTIONS } from '../catalog';
import { layoutsHeld } from '../diagrams/layout-hold';
import type { ExportAllItem } from './export-all-plan';
import { exportAllTo, type ExportAllRun } from './export-all-work';
import type { ExportSink } from './export-sink';

const { heldWhileMaking, png } = vi.hoisted(() => {
  /** Whether background layouts were held while each picture was made. */
  const held: boolean[] = [];
  return {
    heldWhileMaking: held,
    png: async () => {
      held.push((await import('../diagrams/layout-hold')).layoutsHeld());
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { blob: new Blob([new Uint8Array([137, 80, 78, 71])]), fileName: 'x.png' };
    },
  };
});
// The pictures themselves (Mermaid, a canvas, PNG encoding) are the browser's: stood in for here.
vi.mock('./export-diagram', () => ({ exportPng: png }));
vi.mock('./export-user-diagram', () => ({ exportUserDiagramPng: png }));
vi.mock('./chart-export', () => ({ exportChartPng: async () => ({ bytes: new Uint8Array([1]) }) }));

const items: ExportAllItem[] = OPTIONS.slice(0, 3).map((option) => ({
  kind: 'diagram',
  option,
  key: option.id,
  label: option.label,
  fileName: `${option.id}.png`,
}));
const run = { plan: { folderName: 'out', items }, choices: {}, facts: {}, breakEven: null } as unknown as ExportAllRun;
const sink = (): ExportSink & { files: string[] } => {
  const files: string[] = [];
  return {
    location: 'out.zip',
    kind: 'zip',
    files,
    write: async (name) => void files.push(name),
    finish: async () => {},
  };
};

describe('Export all and the background layouts', () => {
  it('holds them for the whole run, so its pictures are laid out without warm-ups in between, and lets go after', async () => {
    heldWhileMaking.length = 0;
    const into = sink();
    const summary = await exportAllTo(
      into,
      run,
      () => {},
      () => false,
    );
    expect(summary.written).toEqual(into.files);
    expect(into.files).toHaveLength(3);
    expect(heldWhileMaking).toEqual([true, true, true]);
    expect(layoutsHeld()).toBe(false);
  });

  it('lets go when the run is stopped part way', async () => {
    heldWhileMaking.length = 0;
    let made = 0;
    const summary = await exportAllTo(
      sink(),
      run,
      () => made++,
      () => made > 1,
    );
    expect(summary.stopped).toBe(true);
    expect(heldWhileMaking.length).toBeGreaterThan(0);
    expect(heldWhileMaking.every(Boolean)).toBe(true);
    expect(layoutsHeld()).toBe(false);
  });
});
