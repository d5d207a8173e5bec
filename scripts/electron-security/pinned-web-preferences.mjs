// The README promises every window runs with contextIsolation and sandbox and
// without Node. Electronegativity stays quiet about `nodeIntegration: true`
// while `sandbox: true` neutralises it; this guard keeps the promise literal:
// wherever these keys are written, they hold exactly the safe value.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const PINNED = {
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
};

/**
 * @param {string} dir
 * @returns {{ file: string, line: number, key: string, expected: boolean, found: string }[]}
 */
export function unpinnedWebPreferences(dir) {
  const problems = [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
  );
  for (const name of files) {
    const source = ts.createSourceFile(name, readFileSync(path.join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    /** @param {ts.Node} node */
    const visit = (node) => {
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
        const key = node.name.text;
        if (Object.hasOwn(PINNED, key)) {
          const expected = PINNED[/** @type {keyof typeof PINNED} */ (key)];
          const literal = expected ? ts.SyntaxKind.TrueKeyword : ts.SyntaxKind.FalseKeyword;
          if (node.initializer.kind !== literal) {
            const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            problems.push({
              file: name.split(path.sep).join('/'),
              line,
              key,
              expected,
              found: node.initializer.getText(),
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return problems;
}
