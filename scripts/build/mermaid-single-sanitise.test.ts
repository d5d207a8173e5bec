import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutMermaidFinalSanitise } from './mermaid-single-sanitise';

const core = readFileSync(path.resolve('node_modules/mermaid/dist/mermaid.core.mjs'), 'utf8');
const sanitiseCalls = (code: string) => code.match(/DOMPurify\.sanitize\(/g)?.length ?? 0;

describe('Mermaid without its final sanitising pass', () => {
  it('loses exactly the one DOMPurify pass over the finished SVG, and nothing else', () => {
    const edited = withoutMermaidFinalSanitise(core)!;
    expect(sanitiseCalls(core) - sanitiseCalls(edited)).toBe(1);
    expect(edited).not.toContain('HTML_INTEGRATION_POINTS: { foreignobject: true }');
    // The rest of the render (the sandbox branch, attachFunctions) is kept as Mermaid wrote it.
    expect(edited).toContain('code = putIntoIFrame(code, svgEl);\n    }\n    attachFunctions();');
    expect(core.length - edited.length).toBeLessThan(300);
  });

  it('leaves modules without it alone', () => {
    expect(withoutMermaidFinalSanitise('export const a = 1;')).toBeNull();
  });

  it('stops the build when Mermaid’s render changed around it', () => {
    expect(() => withoutMermaidFinalSanitise('const isLooseSecurityLevel = true;')).toThrow(/changed/);
  });
});
