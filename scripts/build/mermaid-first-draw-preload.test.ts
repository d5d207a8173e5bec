import { describe, expect, it } from 'vitest';
import { firstDrawChunks, mermaidFirstDrawPreload, type ChunkNode } from './mermaid-first-draw-preload';

const MERMAID = '/app/node_modules/mermaid/dist';
const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []): ChunkNode => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
});
/** A bundle shaped like the app's: Mermaid's own code, its flowchart and dagre chunks, and the app. */
const bundle = (): Record<string, ChunkNode> => {
  const nodes = [
    chunk('assets/index.js', '/app/renderer/src/main.ts', ['assets/api.js']),
    chunk('assets/api.js', null),
    chunk('assets/mermaid.core.js', `${MERMAID}/mermaid.core.mjs`, ['assets/d3.js', 'assets/shared.js']),
    chunk('assets/d3.js', null),
    chunk('assets/shared.js', null, ['assets/d3.js']),
    chunk('assets/flowDiagram.js', `${MERMAID}/chunks/mermaid.core/flowDiagram-HODETNUW.mjs`, [
      'assets/shared.js',
      'assets/flow-db.js',
    ]),
    chunk('assets/flow-db.js', null),
    chunk('assets/dagre-layout.js', `${MERMAID}/chunks/mermaid.core/dagre-GXQ25YYZ.mjs`, ['assets/dagre.js']),
    chunk('assets/dagre.js', null, ['assets/shared.js']),
    chunk('assets/sequenceDiagram.js', `${MERMAID}/chunks/mermaid.core/sequenceDiagram-X.mjs`, ['assets/seq.js']),
    chunk('assets/seq.js', null),
  ];
  return Object.fromEntries(nodes.map((node) => [node.fileName, node]));
};

/** Runs the plugin's `generateBundle` as Vite would, with the given output. */
function afterGenerate(output: Record<string, ChunkNode>) {
  const preload = mermaidFirstDrawPreload();
  const hook = preload.plugin.generateBundle as (options: unknown, output: unknown) => void;
  hook.call({}, {}, output);
  return preload;
}

describe('the chunks of Mermaid’s first flowchart', () => {
  it('are the flowchart’s and the dagre layout’s chunks and all they import, each once, no other diagram type', () => {
    expect(firstDrawChunks(bundle())).toEqual([
      'assets/flowDiagram.js',
      'assets/shared.js',
      'assets/d3.js',
      'assets/flow-db.js',
      'assets/dagre-layout.js',
      'assets/dagre.js',
    ]);
  });

  it('stop the build when Mermaid no longer has a chunk of its own for a part', () => {
    const withoutDagre = bundle();
    delete withoutDagre['assets/dagre-layout.js'];
    expect(() => firstDrawChunks(withoutDagre)).toThrow(/dagre layout chunk was not found/);
  });
});

describe('the preload list of an import of Mermaid', () => {
  const coreDeps = ['assets/mermaid.core.js', 'assets/d3.js', 'assets/shared.js'];
  const context = { hostId: 'assets/render-diagram.js', hostType: 'js' as const };

  it('gains the first flowchart’s chunks it lacked, after its own', () => {
    const { resolveDependencies } = afterGenerate(bundle());
    expect(resolveDependencies('assets/mermaid.core.js', coreDeps, context)).toEqual([
      ...coreDeps,
      'assets/flowDiagram.js',
      'assets/flow-db.js',
      'assets/dagre-layout.js',
      'assets/dagre.js',
    ]);
  });

  it('of any other import is left as Vite made it', () => {
    const { resolveDependencies } = afterGenerate(bundle());
    const deps = ['assets/sequenceDiagram.js', 'assets/seq.js'];
    expect(resolveDependencies('assets/sequenceDiagram.js', deps, context)).toBe(deps);
  });

  it('is not written blind: without the chunk graph the build stops', () => {
    const { resolveDependencies } = mermaidFirstDrawPreload();
    expect(() => resolveDependencies('assets/mermaid.core.js', coreDeps, context)).toThrow(/chunk graph/);
  });
});
