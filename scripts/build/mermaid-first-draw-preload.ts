import type { Plugin, ResolveModulePreloadDependenciesFn } from 'vite';

/** The parts of an output chunk the walk reads. */
export interface ChunkNode {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: readonly string[];
}

const MERMAID_ENTRY = /\/node_modules\/mermaid\/dist\/mermaid\.core\.mjs$/;
/** What Mermaid fetches, after its own code, for its first flowchart: the flowchart's code and the dagre layout. */
const FIRST_DRAW = {
  flowchart: /\/node_modules\/mermaid\/dist\/chunks\/mermaid\.core\/flowDiagram-[^/]+\.mjs$/,
  'dagre layout': /\/node_modules\/mermaid\/dist\/chunks\/mermaid\.core\/dagre-[^/]+\.mjs$/,
};

/**
 * The chunk files of Mermaid's first flowchart that its own code does not
 * import: each part's chunk and everything it imports, in load order. Throws
 * when a part is missing (a new Mermaid split its code otherwise: review).
 */
export function firstDrawChunks(bundle: Record<string, ChunkNode>): string[] {
  const chunks = Object.values(bundle).filter((node) => node.type === 'chunk');
  const files: string[] = [];
  const visit = (fileName: string): void => {
    if (files.includes(fileName)) return;
    files.push(fileName);
    for (const imported of bundle[fileName]?.imports ?? []) visit(imported);
  };
  for (const [part, pattern] of Object.entries(FIRST_DRAW)) {
    const chunk = chunks.find((node) => node.facadeModuleId && pattern.test(node.facadeModuleId));
    if (!chunk)
      throw new Error(`Mermaid's ${part} chunk was not found: review scripts/build/mermaid-first-draw-preload.ts`);
    visit(chunk.fileName);
  }
  return files;
}

/**
 * Mermaid fetches a diagram type's code, then its layout's, as the first
 * diagram is drawn: two more round trips after its own, and the first layout
 * resumes when the last arrives — on whatever page is up by then, past the
 * render queue's check for a hold (the profiles page's scroll, say). This adds
 * those chunks to the module preloads of the app's `import('mermaid')`, so all
 * are fetched together and the layout starts with nothing left to fetch.
 *
 * The plugin keeps the bundle's chunk graph for `resolveDependencies`, which
 * Vite calls as it writes each dynamic import's preload list, after the
 * plugins' own `generateBundle`.
 */
export function mermaidFirstDrawPreload(): { plugin: Plugin; resolveDependencies: ResolveModulePreloadDependenciesFn } {
  let bundle: Record<string, ChunkNode> | undefined;
  let extra: string[] | undefined;
  return {
    plugin: {
      name: 'mermaid-first-draw-preload',
      apply: 'build',
      generateBundle(_options, output) {
        bundle = output as unknown as Record<string, ChunkNode>;
        extra = undefined;
      },
    },
    resolveDependencies(fileName, deps) {
      if (!bundle) throw new Error('The chunk graph was not kept before the preload lists were written.');
      if (!MERMAID_ENTRY.test(bundle[fileName]?.facadeModuleId ?? '')) return deps;
      extra ??= firstDrawChunks(bundle);
      return [...deps, ...extra.filter((file) => file !== fileName && !deps.includes(file))];
    },
  };
}
