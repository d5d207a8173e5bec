import path from 'node:path';
import { bundleForTests } from '../testing/bundle-for-tests';

/** The crash test needs a real `node` process to SIGKILL, running the real store. */
export function buildCrashChildForTests(): Promise<string> {
  return bundleForTests(path.join(__dirname, 'crash-loop-child.ts'), 'crash-loop-child.cjs');
}
