import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  APP_ICON_SOURCE,
  BUILD_RESOURCES,
  FILE_ICON_SOURCE,
  ICNS_SIZE_BY_TYPE,
  LINUX_ICON_SIZES,
  readIcnsEntries,
  readIcoEntries,
  renderAppIcons,
} from './app-icons.mjs';

const fresh = renderAppIcons({
  appSvg: readFileSync(APP_ICON_SOURCE, 'utf8'),
  fileSvg: readFileSync(FILE_ICON_SOURCE, 'utf8'),
});
const committed = (name: string) => readFileSync(path.join(BUILD_RESOURCES, name));

/** Largest difference of any channel of any pixel; rasterisers may differ by a rounding step across CPUs. */
function pixelDistance(a: Buffer, b: Buffer): number {
  const left = PNG.sync.read(a);
  const right = PNG.sync.read(b);
  if (left.width !== right.width || left.height !== right.height) return Infinity;
  let max = 0;
  for (let i = 0; i < left.data.length; i++) max = Math.max(max, Math.abs(left.data[i]! - right.data[i]!));
  return max;
}

const size = (png: Buffer) => {
  const { width, height } = PNG.sync.read(png);
  return { width, height };
};

describe('committed app icons', () => {
  it.each([...fresh.keys()])('%s is up to date with its SVG (run `npm run icons:app`)', (name) => {
    const expected = fresh.get(name)!;
    const actual = committed(name);
    if (name.endsWith('.png')) return expect(pixelDistance(actual, expected)).toBeLessThanOrEqual(2);
    const read = name.endsWith('.ico') ? readIcoEntries : readIcnsEntries;
    const [actualEntries, expectedEntries] = [read(actual), read(expected)];
    expect(actualEntries.map(({ png: _, ...key }) => key)).toEqual(expectedEntries.map(({ png: _, ...key }) => key));
    actualEntries.forEach((entry, i) =>
      expect(pixelDistance(entry.png, expectedEntries[i]!.png)).toBeLessThanOrEqual(2),
    );
  });

  it('gives Linux a square PNG at every theme size, named by its size', () => {
    for (const n of LINUX_ICON_SIZES) expect(size(committed(`icons/${n}x${n}.png`))).toEqual({ width: n, height: n });
  });

  it('gives macOS a 1024 px icon.png and an icns whose every entry has its declared size', () => {
    expect(size(committed('icon.png'))).toEqual({ width: 1024, height: 1024 });
    for (const name of ['icon.icns', 'profile-file.icns']) {
      const entries = readIcnsEntries(committed(name));
      expect(Math.max(...entries.map((entry) => size(entry.png).width))).toBe(1024);
      for (const { type, png } of entries) {
        const n = ICNS_SIZE_BY_TYPE[type];
        expect(size(png), `${name} ${type}`).toEqual({ width: n, height: n });
      }
    }
  });

  it('gives Windows an ico from 16 to 256 px, each entry the size it declares', () => {
    for (const name of ['icon.ico', 'profile-file.ico']) {
      const entries = readIcoEntries(committed(name));
      expect(entries.map((entry) => entry.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
      for (const { size: n, png } of entries) expect(size(png)).toEqual({ width: n, height: n });
    }
  });

  it('has no stray files the script would not write', () => {
    const listed = new Set(fresh.keys());
    const onDisk = readdirSync(BUILD_RESOURCES, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        path.relative(BUILD_RESOURCES, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      );
    expect(onDisk.filter((name) => !listed.has(name))).toEqual([]);
  });
});
