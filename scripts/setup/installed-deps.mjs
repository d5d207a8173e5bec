// Is node_modules what package-lock.json asks for? Judged by content, not by
// mtimes (a git checkout or pull gives package-lock.json a new mtime without
// changing it): npm records what it installed in node_modules/.package-lock.json,
// and every locked package must be there at the same version and integrity.
// Plain Node with no packages: this runs before node_modules exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ version?: string, resolved?: string, integrity?: string, link?: boolean, optional?: boolean }} LockEntry
 * @typedef {{ upToDate: true } | { upToDate: false, reason: string }} InstallState
 */

/**
 * @param {{ lockText: string | undefined, nodeModules: boolean, installedText: string | undefined }} files
 *   package-lock.json, whether node_modules exists, and node_modules/.package-lock.json (undefined when missing)
 * @returns {InstallState}
 */
export function compareInstall({ lockText, nodeModules, installedText }) {
  if (!nodeModules) return stale('node_modules is missing');
  const locked = lockPackages(lockText);
  if (!locked) return stale('package-lock.json is missing or unreadable');
  if (installedText === undefined) return stale('node_modules has no record of what npm installed');
  const installed = lockPackages(installedText);
  if (!installed) return stale('node_modules/.package-lock.json is unreadable');

  const differences = [];
  for (const [key, want] of Object.entries(locked)) {
    if (key === '') continue; // the project itself
    const have = installed[key];
    // Optional packages for other platforms (esbuild's, rolldown's…) are never installed.
    if (!have) {
      if (!want.optional) differences.push(`${name(key)} ${want.version} is not installed`);
    } else if (have.version !== want.version) {
      differences.push(`${name(key)} is ${have.version}, package-lock.json wants ${want.version}`);
    } else if (have.integrity !== want.integrity || have.resolved !== want.resolved || !!have.link !== !!want.link) {
      differences.push(`${name(key)} ${want.version} comes from elsewhere than package-lock.json says`);
    }
  }
  for (const key of Object.keys(installed)) {
    if (key !== '' && !(key in locked)) differences.push(`${name(key)} is installed but not in package-lock.json`);
  }
  if (differences.length === 0) return { upToDate: true };
  const more = differences.length > 1 ? ` (and ${differences.length - 1} more)` : '';
  return stale(`node_modules differs from package-lock.json: ${differences[0]}${more}`);
}

/** Reads what compareInstall needs from a project folder. */
export function readInstall(root) {
  const nodeModules = path.join(root, 'node_modules');
  return {
    lockText: readIfThere(path.join(root, 'package-lock.json')),
    nodeModules: existsSync(nodeModules),
    installedText: readIfThere(path.join(nodeModules, '.package-lock.json')),
  };
}

/**
 * Whether a Node version is inside an `engines` range made of `^x.y.z` and
 * `>=x.y.z` clauses joined by `||` (the forms package.json uses). A clause in
 * another form counts as satisfied: better no warning than a wrong one.
 * @param {string} version e.g. process.version
 * @param {string} range
 */
export function nodeSatisfies(version, range) {
  const have = numbers(version);
  return range.split('||').some((clause) => {
    const match = /^\s*(\^|>=)\s*v?([\d.]+)\s*$/.exec(clause);
    if (!match) return true;
    const want = numbers(match[2] ?? '');
    if (match[1] === '^' && have[0] !== want[0]) return false;
    return compare(have, want) >= 0;
  });
}

/** @param {string} reason @returns {InstallState} */
function stale(reason) {
  return { upToDate: false, reason };
}

/** @param {string | undefined} text @returns {Record<string, LockEntry> | undefined} */
function lockPackages(text) {
  if (text === undefined) return undefined;
  try {
    const packages = JSON.parse(text)?.packages;
    return packages && typeof packages === 'object' ? packages : undefined;
  } catch {
    return undefined;
  }
}

/** `node_modules/a/node_modules/@b/c` → `@b/c` (as npm names it in messages). */
function name(key) {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** @param {string} file */
function readIfThere(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** @param {string} version */
function numbers(version) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  return [parts[0] || 0, parts[1] || 0, parts[2] || 0];
}

/** @param {number[]} a @param {number[]} b */
function compare(a, b) {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
