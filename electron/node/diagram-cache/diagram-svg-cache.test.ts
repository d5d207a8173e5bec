import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiagramSvgCache, DIAGRAM_CACHE_FILE, MAX_CACHED_DIAGRAMS } from './diagram-svg-cache';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'diagram-cache-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const RENDERER = 'mermaid@11.17.2+style.abc';
const lambdaAt = (requests: string) => `flowchart LR\n  user --> fn["Lambda: ${requests} requests"]`;
const key = { renderer: RENDERER, theme: 'light' as const, source: lambdaAt('1 M') };
const picture = '<svg id="diagram-svg-a-1"><g class="node"><text>Lambda</text></g></svg>';

describe('the disk cache of drawn diagrams', () => {
  it('gives back a picture only for the same source, theme and renderer, also after a restart', async () => {
    const cache = createDiagramSvgCache(dataDir);
    expect(await cache.get([key])).toEqual({ svgs: [null] });
    await cache.put([{ ...key, svg: picture }]);
    await cache.flush();

    const restarted = createDiagramSvgCache(dataDir);
    const { svgs } = await restarted.get([
      key,
      // Another workload writes other numbers into the source.
      { ...key, source: lambdaAt('2 M') },
      { ...key, theme: 'dark' },
      // Another Mermaid (or another styling of its output) would draw it differently.
      { ...key, renderer: 'mermaid@11.18.0+style.abc' },
    ]);
    expect(svgs).toEqual([picture, null, null, null]);
  });

  it('reads the file when warmed up at start, so the first lookup needs no disk', async () => {
    const writer = createDiagramSvgCache(dataDir);
    await writer.put([{ ...key, svg: picture }]);
    await writer.flush();

    const started = createDiagramSvgCache(dataDir);
    started.warmUp();
    await started.flush();
    // Gone from disk after the warm-up: only what was read then can answer.
    await rm(path.join(dataDir, DIAGRAM_CACHE_FILE));
    expect((await started.get([key])).svgs).toEqual([picture]);
  });

  it('sets a damaged file aside, says so once, and goes on drawing afresh', async () => {
    const file = path.join(dataDir, DIAGRAM_CACHE_FILE);
    await writeFile(file, '{"version":1,"diagrams":[{"renderer":"x","theme":"sepia"');
    const cache = createDiagramSvgCache(dataDir);
    const first = await cache.get([key]);
    expect(first.svgs).toEqual([null]);
    expect(first.notice).toMatch(/could not be used \(not valid JSON.*set aside as diagram-cache\.corrupt-/);
    expect((await readdir(dataDir)).filter((name) => name.startsWith('diagram-cache.corrupt-'))).toHaveLength(1);
    // Said once, not on every lookup.
    expect(await cache.get([key])).toEqual({ svgs: [null] });
    // And the cache works again from scratch.
    await cache.put([{ ...key, svg: picture }]);
    await cache.flush();
    expect((await createDiagramSvgCache(dataDir).get([key])).svgs).toEqual([picture]);
  });

  it('never trusts a file that parses but breaks the schema (a wrong theme), naming the field', async () => {
    await writeFile(
      path.join(dataDir, DIAGRAM_CACHE_FILE),
      JSON.stringify({ version: 1, diagrams: [{ ...key, theme: 'sepia', svg: picture }] }),
    );
    const reply = await createDiagramSvgCache(dataDir).get([key]);
    expect(reply.svgs).toEqual([null]);
    expect(reply.notice).toMatch(/diagrams\.0\.theme/);
  });

  it(`keeps the ${MAX_CACHED_DIAGRAMS} most recently drawn or shown pictures`, async () => {
    const cache = createDiagramSvgCache(dataDir);
    const keyAt = (n: number) => ({ ...key, source: lambdaAt(`${n} M`) });
    await cache.put([{ ...keyAt(0), svg: picture }]);
    for (let n = 1; n < MAX_CACHED_DIAGRAMS; n++) await cache.put([{ ...keyAt(n), svg: picture }]);
    // Shown at a start: the oldest put becomes the newest use, so picture 1 goes first.
    await cache.get([keyAt(0)]);
    await cache.put([{ ...keyAt(MAX_CACHED_DIAGRAMS), svg: picture }]);
    await cache.flush();

    const kept = await createDiagramSvgCache(dataDir).get([keyAt(0), keyAt(1), keyAt(2), keyAt(MAX_CACHED_DIAGRAMS)]);
    expect(kept.svgs).toEqual([picture, null, picture, picture]);
    const onDisk = JSON.parse(await readFile(path.join(dataDir, DIAGRAM_CACHE_FILE), 'utf8')) as {
      diagrams: unknown[];
    };
    expect(onDisk.diagrams).toHaveLength(MAX_CACHED_DIAGRAMS);
  });
});
