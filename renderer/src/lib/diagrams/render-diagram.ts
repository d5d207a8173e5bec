import type { Theme } from '../theme.svelte';
import { decorateDiagramSvg } from './decorate-svg';
import { checkDiagramSource, RENDER_BUDGET_MS, withinBudget } from './diagram-guard';
import { configureMermaid, loadMermaid } from './mermaid-loader';
import { MAX_CACHED_DIAGRAMS_PER_CALL } from '../../../../electron/common/diagram-cache-ipc';
import { keepOnDisk, readFromDisk } from './disk-cache';
import { layoutsHeld, whenLayoutsReleased } from './layout-hold';
import { unsafeParts } from './svg-guard';

export interface RenderedDiagram {
  svg: string;
  /** True when served from the cache (a re-visit). */
  cached: boolean;
}

export type RenderPriority = 'visible' | 'background';

interface Job {
  key: string;
  label: string;
  source: string;
  theme: Theme;
  /** Becomes visible when a view asks for a diagram the warm-up had queued. */
  priority: RenderPriority;
  resolve: (svg: string) => void;
  reject: (error: unknown) => void;
}

/** Generated diagrams change with every workload: keep the recent ones, not all. */
const CACHE_LIMIT = 96;
const cache = new Map<string, string>();
const inProgress = new Map<string, Promise<string>>();
const queues: Record<RenderPriority, Job[]> = { visible: [], background: [] };
/** Background jobs that reached their layout while layouts were held: queued again on the release. */
const heldBack: Job[] = [];
/** The job between its disk lookup and its layout, if any. */
let current: Job | undefined;
let running = false;
let counter = 0;
/** Keys already asked of the disk cache: each is asked once per session. */
const askedDisk = new Set<string>();
/**
 * Element ids unique across sessions: a picture from the disk cache (drawn in an
 * earlier session) can sit beside a fresh one without their scoped styles and
 * arrowhead markers colliding.
 */
const SESSION = Math.random().toString(36).slice(2, 8);

const keyOf = (source: string, theme: Theme): string => `${theme}\n${source}`;

/**
 * Renders Mermaid source to SVG text, one at a time (Mermaid keeps global
 * state while it renders), visible diagrams before background warm-up, and
 * remembers the result per theme: a re-visit is a map lookup, not a layout.
 */
export async function renderDiagram(
  label: string,
  source: string,
  theme: Theme,
  priority: RenderPriority = 'visible',
): Promise<RenderedDiagram> {
  const key = keyOf(source, theme);
  const hit = cache.get(key);
  if (hit !== undefined) return { svg: hit, cached: true };
  checkDiagramSource(source);
  const queued = inProgress.get(key);
  if (queued) {
    if (priority === 'visible') promote(key);
    return { svg: await queued, cached: false };
  }
  const promise = new Promise<string>((resolve, reject) => {
    queues[priority].push({ key, label, source, theme, priority, resolve, reject });
  });
  inProgress.set(key, promise);
  void drain();
  return { svg: await promise, cached: false };
}

export function cachedDiagram(source: string, theme: Theme): string | undefined {
  return cache.get(keyOf(source, theme));
}

function remember(key: string, svg: string): void {
  cache.set(key, svg);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
}

/** A view now shows a diagram queued as background: it no longer waits behind the warm-up, nor for a hold. */
function promote(key: string): void {
  if (current?.key === key) current.priority = 'visible';
  for (const list of [queues.background, heldBack]) {
    const index = list.findIndex((job) => job.key === key);
    if (index < 0) continue;
    const [job] = list.splice(index, 1);
    job!.priority = 'visible';
    queues.visible.push(job!);
    void drain();
  }
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (let job = nextJob(); job; job = nextJob()) {
      current = job;
      let waits = false;
      try {
        waits = (await settle(job)) === 'held';
      } catch (error) {
        job.reject(error);
      } finally {
        current = undefined;
        if (!waits) inProgress.delete(job.key);
      }
    }
  } finally {
    running = false;
  }
}

/**
 * Serves the job from a cache or lays it out; a background job that reaches
 * its layout while layouts are held (a drag begun during its disk lookup or
 * Mermaid's load) is set aside for the release instead, and the queue moves on.
 */
async function settle(job: Job): Promise<'done' | 'held'> {
  const saved = cache.get(job.key) ?? (await fromDisk(job));
  if (saved !== undefined) {
    remember(job.key, saved);
    job.resolve(saved);
    loadMermaidWhenFree();
    return 'done';
  }
  // Loading Mermaid the first time costs main thread too: a held job waits before it as well as after.
  if (waitsForRelease(job)) return 'held';
  const mermaid = await loadMermaid();
  if (waitsForRelease(job)) return 'held';
  configureMermaid(mermaid, job.theme);
  const started = performance.now();
  const { svg: drawn } = await withinBudget(
    mermaid.render(`diagram-svg-${SESSION}-${++counter}`, job.source),
    RENDER_BUDGET_MS,
    'Laying out the diagram',
  );
  const svg = decorateDiagramSvg(drawn, job.theme);
  // The layout cost alone, for `npm run bench`.
  performance.measure(`mermaid-render:${job.label}:${job.theme}`, { start: started, end: performance.now() });
  // The same guard a picture from the disk cache must pass: what one shows, the other would.
  const unsafe = unsafeParts(svg);
  if (unsafe.length > 0) throw new Error(`The drawn diagram held markup that is not allowed (${unsafe.join(', ')}).`);
  remember(job.key, svg);
  keepOnDisk(job.source, job.theme, svg);
  job.resolve(svg);
  return 'done';
}

/**
 * The next new workload will need a layout: Mermaid loads once the page is
 * idle — and not while layouts are held, as its load is seconds of main thread
 * on a slow machine: a report being printed (every picture from the disk) has
 * no use for it.
 */
function loadMermaidWhenFree(): void {
  requestIdleCallback(
    () => {
      if (layoutsHeld()) void whenLayoutsReleased().then(loadMermaidWhenFree);
      else void loadMermaid();
    },
    { timeout: 3000 },
  );
}

/**
 * A background job while layouts are held goes back to wait for the release; a
 * visible one never waits. Released, the held jobs carry on in idle time, as the
 * idle passes do: a diagram on screen redrawn once a drag rests is asked for
 * then too, and goes first.
 */
function waitsForRelease(job: Job): boolean {
  if (job.priority === 'visible' || !layoutsHeld()) return false;
  heldBack.push(job);
  if (heldBack.length === 1) {
    void whenLayoutsReleased().then(() =>
      requestIdleCallback(() => {
        queues.background.unshift(...heldBack.splice(0));
        void drain();
      }),
    );
  }
  return true;
}

/**
 * The picture a previous session drew for this job, if any: asked once per key,
 * together with the other jobs waiting (the warm-up queues eight), so a start
 * costs one round trip rather than one per diagram. Mermaid is not needed for a hit.
 */
async function fromDisk(job: Job): Promise<string | undefined> {
  if (askedDisk.has(job.key)) return undefined;
  const batch = [job, ...queues.visible, ...queues.background].filter((queued) => !askedDisk.has(queued.key));
  const asked = batch.slice(0, MAX_CACHED_DIAGRAMS_PER_CALL);
  for (const queued of asked) askedDisk.add(queued.key);
  const found = await readFromDisk(asked.map(({ source, theme }) => ({ source, theme })));
  asked.forEach((queued, index) => {
    const svg = found[index];
    if (svg !== undefined && queued !== job) remember(queued.key, svg);
  });
  return found[0];
}

function nextJob(): Job | undefined {
  return queues.visible.shift() ?? queues.background.shift();
}
