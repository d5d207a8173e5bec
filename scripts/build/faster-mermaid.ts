import type { Plugin } from 'vite';
import { withFasterConfigCopy } from './mermaid-config-copy.ts';
import { withoutMermaidFinalSanitise } from './mermaid-single-sanitise.ts';

/** Build-time edits to Mermaid's code, each explained in its own module. */
const PATCHES = { 'faster config copy': withFasterConfigCopy, 'one sanitising pass': withoutMermaidFinalSanitise };

/**
 * Applies the edits to Mermaid's modules as the renderer is bundled, and fails
 * the build when any found nothing to edit (a new Mermaid: review them).
 */
export function fasterMermaid(): Plugin {
  const applied = new Set<string>();
  return {
    name: 'faster-mermaid',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/node_modules/mermaid/dist/')) return null;
      let changed = code;
      for (const [name, patch] of Object.entries(PATCHES)) {
        const patched = patch(changed);
        if (patched === null) continue;
        changed = patched;
        applied.add(name);
      }
      return changed === code ? null : { code: changed, map: null };
    },
    buildEnd(error) {
      const missing = Object.keys(PATCHES).filter((name) => !applied.has(name));
      if (!error && missing.length > 0)
        this.error(`Mermaid was not patched (${missing.join(', ')}): review scripts/build/faster-mermaid.ts`);
    },
  };
}
