// Electronegativity's static checks over electron/, run offline from its
// programmatic API, and the bar the app must clear.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const fromElectronegativity = createRequire(path.join(packageDir, 'package.json'));

/**
 * Findings a person has read and judged safe, each for one check in one file
 * (paths relative to the scanned folder). Never a whole check or a severity.
 */
export const REVIEWED = [
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/security.ts',
    why: 'Only URLs isSafeExternalUrl accepts (http/https with a host, no credentials) reach shell.openExternal; external-links.test.ts covers it.',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main/window.ts',
    why: 'The sandboxed preload exposes one named function per IPC method through contextBridge, never ipcRenderer.',
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    why: 'The CSP is a response header set by the app:// protocol handler, which the scanner cannot see; cspFindings() evaluates that exact policy instead.',
  },
];

/**
 * @typedef {{ id: string, file: string, location: { line: number, column: number }, description: string,
 *   severity: { name: string }, confidence: { name: string }, manualReview: boolean, sample?: string }} Finding
 */

/**
 * HIGH always fails. MEDIUM fails too unless reviewed: Electronegativity files
 * the checks that matter for an app like ours (sandbox bypasses, navigation,
 * openExternal) as MEDIUM, and a new one should stop the build until read.
 * LOW and INFORMATIONAL are printed only.
 * @param {Finding[]} findings
 */
export function judge(findings) {
  const reviewed = (/** @type {Finding} */ finding) =>
    REVIEWED.some((entry) => entry.id === finding.id && entry.file === finding.file.split(path.sep).join('/'));
  const failing = findings.filter(
    (finding) => finding.severity.name === 'HIGH' || (finding.severity.name === 'MEDIUM' && !reviewed(finding)),
  );
  return { failing, accepted: findings.filter((finding) => !failing.includes(finding)) };
}

/**
 * Every URL Electronegativity tried to fetch in this process, answered offline instead.
 * @type {string[]}
 */
const blockedRequests = [];

/**
 * Electronegativity fetches translations at start (and release lists in one
 * check): `got`, its only HTTP client, is replaced before its first load.
 * A non-200 answer makes it keep its bundled English texts, silently.
 */
function loadOffline() {
  const runnerPath = fromElectronegativity.resolve(packageDir);
  if (!require.cache[runnerPath]) {
    const gotPath = fromElectronegativity.resolve('got');
    const offlineGot = Object.assign(
      (/** @type {string} */ url) => {
        blockedRequests.push(String(url));
        return Promise.resolve({ statusCode: 503, body: '', headers: {} });
      },
      {
        head: (/** @type {string} */ url) => {
          blockedRequests.push(String(url));
          return Promise.reject(new Error('offline'));
        },
      },
    );
    require.cache[gotPath] = /** @type {NodeJS.Module} */ ({
      id: gotPath,
      filename: gotPath,
      loaded: true,
      exports: offlineGot,
    });
  }
  const imported = fromElectronegativity(runnerPath);
  return imported.default ?? imported;
}

/**
 * Runs every check except the one that compares the Electron version with
 * GitHub's release list: it needs the network, and the version is pinned in
 * package.json anyway.
 * @param {{ input: string, electronVersion: string }} options
 */
export async function scanOffline({ input, electronVersion }) {
  const run = loadOffline();
  const before = blockedRequests.length;
  /** @type {{ errors: { file: string, message: string, tolerable: boolean }[], issues: Finding[] }} */
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  return {
    findings: result.issues,
    parseErrors: result.errors.filter((error) => !error.tolerable),
    blockedRequests: blockedRequests.slice(before),
  };
}

/**
 * The app's one CSP, judged by the evaluator Electronegativity's CSP check
 * uses; findings of medium severity or worse are returned.
 * @param {string} policy
 * @returns {{ directive: string, description: string }[]}
 */
export function cspFindings(policy) {
  const csp = fromElectronegativity('@doyensec/csp-evaluator');
  const parsed = new csp.CspParser(policy).csp;
  return new csp.CspEvaluator(parsed, csp.Version.CSP3)
    .evaluate()
    .filter((/** @type {{ severity: number }} */ finding) => finding.severity <= csp.severities.MEDIUM);
}
