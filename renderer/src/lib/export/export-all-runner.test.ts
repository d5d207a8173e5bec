import { describe, expect, it } from 'vitest';
import { runExportAll, type ExportAllProgress } from './export-all-runner';

const items = ['a', 'b', 'c', 'd'].map((name) => ({ label: `Item ${name}`, fileName: `${name}.png` }));
const bytes = (name: string) => new TextEncoder().encode(name);

function recorder() {
  const files = new Map<string, string>();
  const progress: ExportAllProgress[] = [];
  return {
    files,
    progress,
    write: async (fileName: string, data: Uint8Array) => void files.set(fileName, new TextDecoder().decode(data)),
    onProgress: (p: ExportAllProgress) => void progress.push(p),
  };
}

describe('runExportAll', () => {
  it('writes every item in order and reports progress up to the total', async () => {
    const sink = recorder();
    const summary = await runExportAll(items, { ...sink, make: async (item) => bytes(item.label) });
    expect([...sink.files.keys()]).toEqual(['a.png', 'b.png', 'c.png', 'd.png']);
    expect(sink.files.get('c.png')).toBe('Item c');
    expect(sink.progress.map((p) => `${p.done}/${p.total} ${p.current ?? '-'}`)).toEqual([
      '0/4 Item a',
      '1/4 Item b',
      '2/4 Item c',
      '3/4 Item d',
      '4/4 -',
    ]);
    expect(summary).toEqual({
      total: 4,
      written: ['a.png', 'b.png', 'c.png', 'd.png'],
      failures: [],
      stopped: false,
    });
  });

  it('goes on after a failure in the middle and lists it with its reason', async () => {
    const sink = recorder();
    const summary = await runExportAll(items, {
      ...sink,
      make: async (item) => {
        if (item.fileName === 'b.png') throw new Error('This PNG would be too big.');
        return bytes(item.label);
      },
    });
    expect(summary.written).toEqual(['a.png', 'c.png', 'd.png']);
    expect(summary.failures).toEqual([{ label: 'Item b', fileName: 'b.png', reason: 'This PNG would be too big.' }]);
    expect(sink.progress.at(-1)).toEqual({ done: 4, total: 4, current: null });
  });

  it('counts a refused write as that item’s failure, even one thrown as a plain value', async () => {
    const sink = recorder();
    const summary = await runExportAll(items, {
      ...sink,
      make: async (item) => bytes(item.label),
      write: async (fileName, data) => {
        if (fileName === 'a.png') throw 'disk full';
        await sink.write(fileName, data);
      },
    });
    expect(summary.failures).toEqual([{ label: 'Item a', fileName: 'a.png', reason: 'disk full' }]);
    expect(summary.written).toHaveLength(3);
  });

  it('stops after the current item when asked, and says items were left', async () => {
    const sink = recorder();
    let stop = false;
    const summary = await runExportAll(items, {
      ...sink,
      stopRequested: () => stop,
      make: async (item) => {
        if (item.fileName === 'b.png') stop = true;
        return bytes(item.label);
      },
    });
    expect(summary.written).toEqual(['a.png', 'b.png']);
    expect(summary.stopped).toBe(true);
    expect(sink.progress.at(-1)).toEqual({ done: 2, total: 4, current: null });
  });

  it('a stop asked for during the last item leaves nothing undone', async () => {
    let stop = false;
    const summary = await runExportAll(items, {
      ...recorder(),
      stopRequested: () => stop,
      make: async (item) => {
        if (item.fileName === 'd.png') stop = true;
        return bytes(item.label);
      },
    });
    expect(summary.stopped).toBe(false);
    expect(summary.written).toHaveLength(4);
  });
});
