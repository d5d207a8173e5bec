// `npm run check:electron` (part of `npm test`): Electronegativity's static
// security checks over electron/, offline, plus the app's CSP through the same
// evaluator, and the webPreferences the README promises. Exits 1 on any HIGH finding, on an unreviewed MEDIUM one, on a
// file it could not parse, on a weak CSP and on an unpinned preference. See electron-security/.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cspFindings, judge, REVIEWED, scanOffline } from './electron-security/electronegativity.mjs';
import { unpinnedWebPreferences } from './electron-security/pinned-web-preferences.mjs';

const require = createRequire(import.meta.url);
const input = path.resolve(process.argv[2] ?? 'electron');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

const { findings, parseErrors, blockedRequests } = await scanOffline({ input, electronVersion });
const { failing, accepted } = judge(findings);
const csp = cspFindings(await loadContentSecurityPolicy());
const unpinned = unpinnedWebPreferences(input);

const where = (/** @type {import('./electron-security/electronegativity.mjs').Finding} */ finding) =>
  `${finding.file}:${finding.location.line}`;
for (const finding of failing)
  console.error(`FAIL ${finding.severity.name} ${finding.id} ${where(finding)}: ${finding.description}`);
for (const error of parseErrors) console.error(`FAIL could not parse ${error.file}: ${error.message}`);
for (const finding of csp) console.error(`FAIL CSP ${finding.directive}: ${finding.description}`);
for (const { file, line, key, expected, found } of unpinned)
  console.error(`FAIL ${file}:${line}: ${key} must be ${expected}, found ${found}`);
for (const finding of accepted) {
  const review = REVIEWED.find((entry) => entry.id === finding.id);
  console.log(
    `ok   ${finding.severity.name} ${finding.id} ${where(finding)}${review ? ` (reviewed: ${review.why})` : ''}`,
  );
}
console.log(
  `check:electron: ${findings.length} finding(s) in ${path.relative('.', input) || '.'} with Electron ${electronVersion}, ` +
    `${failing.length + parseErrors.length + csp.length + unpinned.length} failing; ${blockedRequests.length} network request(s) answered offline.`,
);
process.exit(failing.length + parseErrors.length + csp.length + unpinned.length > 0 ? 1 : 0);

/** The policy both shells send, read from its one source without a TypeScript loader. */
async function loadContentSecurityPolicy() {
  const { outputFiles } = await build({
    entryPoints: ['electron/common/csp.ts'],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    logLevel: 'error',
  });
  const module = { exports: /** @type {{ CONTENT_SECURITY_POLICY?: string }} */ ({}) };
  new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
  if (typeof module.exports.CONTENT_SECURITY_POLICY !== 'string')
    throw new Error('electron/common/csp.ts has no CONTENT_SECURITY_POLICY');
  return module.exports.CONTENT_SECURITY_POLICY;
}
