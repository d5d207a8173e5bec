import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary';

describe('findElectronBinary', () => {
  it('finds the downloaded binary or says why not, never a loader error', () => {
    const binary = findElectronBinary();
    if (binary.found) expect(existsSync(binary.path)).toBe(true);
    else expect(binary.reason).not.toMatch(/is not defined|Cannot find module/);
  });
});
