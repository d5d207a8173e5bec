import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Shared by the tests of the render queue (`render-diagram.ts`): stand-ins for
 * Mermaid, which record what was laid out, and for the disk cache, whose
 * lookups answer only when the test says so — the window in which a drag can
 * begin — and an idle time that comes only when the test says so. Each test file mocks the modules with them itself (`vi.mock` is
 * hoisted per file), e.g.
 * `vi.mock('./disk-cache', async () => (await import('./testing/render-queue-harness')).standInDiskCache)`.
 */

/** The sources Mermaid laid out so far in this test, in order. */
export const laidOut: string[] = [];

interface Lookup {
  sources: string[];
  answer: (svgs: (string | undefined)[]) => void;
}
let lookups: Lookup[] = [];
let idle: (() => void)[] = [];

/** How many times Mermaid was asked to load in this test. */
export const mermaidLoads = { count: 0 };

export const standInMermaidLoader = {
  loadMermaid: async () => (
    mermaidLoads.count++,
    {
      render: async (_id: string, source: string) => {
        laidOut.push(source);
        return { svg: `<svg data-laid-out="${laidOut.length}"/>` };
      },
    }
  ),
  configureMermaid: () => undefined,
};

export const standInDiskCache = {
  readFromDisk: (wanted: { source: string }[]) =>
    new Promise<(string | undefined)[]>((answer) => lookups.push({ sources: wanted.map((w) => w.source), answer })),
  keepOnDisk: () => undefined,
};

/** Decorating and guarding parse the SVG in a DOM, which these tests do without. */
export const standInDecorate = { decorateDiagramSvg: (svg: string) => svg };
export const standInSvgGuard = { unsafeParts: () => [] };

/** The disk lookups not answered yet: the sources each one asks for. */
export function pendingLookups(): string[][] {
  return lookups.map((lookup) => lookup.sources);
}

/** Answers every pending disk lookup: the pictures saved for these sources, a miss for the rest. */
export async function diskAnswers(saved: Record<string, string> = {}): Promise<void> {
  for (const lookup of lookups.splice(0)) lookup.answer(lookup.sources.map((source) => saved[source]));
  await settled();
}

/** Lets every promise chain that can move, move: the queue runs as far as it can without the test. */
export async function settled(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** One idle period, once what is under way has moved: the idle callbacks queued by then run, and the queue moves on from them. */
export async function pageGoesIdle(): Promise<void> {
  await settled();
  for (const callback of idle.splice(0)) callback();
  await settled();
}

export function renderQueueForEachTest(): void {
  beforeEach(() => {
    laidOut.length = 0;
    mermaidLoads.count = 0;
    lookups = [];
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  });
  afterEach(() => vi.unstubAllGlobals());
}
