import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipExportFolder } from './export-sink-zip';

describe('zipExportFolder', () => {
  it('puts every file, byte for byte, inside the named folder', () => {
    const png = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 256);
    const files = new Map([
      ['01-lambda-light@2x.png', png],
      ['02-ec2-light@2x.png', Uint8Array.of(1, 2, 3)],
    ]);
    const zip = zipExportFolder('compute-explorer-export-2025-11-26', files);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).sort()).toEqual([
      'compute-explorer-export-2025-11-26/',
      'compute-explorer-export-2025-11-26/01-lambda-light@2x.png',
      'compute-explorer-export-2025-11-26/02-ec2-light@2x.png',
    ]);
    expect(unzipped['compute-explorer-export-2025-11-26/01-lambda-light@2x.png']).toEqual(png);
  });

  it('stores the files without compressing them again', () => {
    const repetitive = new Uint8Array(10_000);
    const zip = zipExportFolder('folder', new Map([['a.png', repetitive]]));
    expect(zip.length).toBeGreaterThan(repetitive.length);
  });
});
