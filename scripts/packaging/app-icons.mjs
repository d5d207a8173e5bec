// The app and file icons electron-builder packs, rendered from the SVG sources
// in assets/. Every size is rasterised from the vector (never scaled down from
// a big PNG) so 16 and 24 px stay sharp. Writing .icns and .ico ourselves, as
// containers of PNGs, leaves electron-builder nothing to convert.
import { Resvg } from '@resvg/resvg-js';

export const APP_ICON_SOURCE = 'assets/icon.svg';
export const FILE_ICON_SOURCE = 'assets/profile-file-icon.svg';
/** electron-builder's `directories.buildResources`. */
export const BUILD_RESOURCES = 'assets/app-icons';
/** Linux icon theme sizes; electron-builder reads them from `icons/<n>x<n>.png`. */
export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// Apple's PNG-carrying icns types: 1× and 2× of 16, 32, 128, 256 and 512.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

/** @param {string} svg @param {number} size @returns {Buffer} */
export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/** @param {{ size: number, png: Buffer }[]} images */
export function icoFile(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** @param {{ type: string, png: Buffer }[]} images */
export function icnsFile(images) {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

/** The PNGs inside an .ico, with the size each entry declares. */
export function readIcoEntries(/** @type {Buffer} */ ico) {
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const size = ico.readUInt8(entry) || 256;
    const start = ico.readUInt32LE(entry + 12);
    return { size, png: ico.subarray(start, start + ico.readUInt32LE(entry + 8)) };
  });
}

/** The PNGs inside an .icns, by type. */
export function readIcnsEntries(/** @type {Buffer} */ icns) {
  const entries = [];
  for (let at = 8; at < icns.readUInt32BE(4);) {
    const length = icns.readUInt32BE(at + 4);
    entries.push({ type: icns.toString('ascii', at, at + 4), png: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}

export const ICNS_SIZE_BY_TYPE = Object.fromEntries(ICNS_TYPES);

/**
 * Every file under BUILD_RESOURCES, keyed by its path there: what
 * electron-builder looks for by name (icon.png/.icns/.ico, icons/ for Linux)
 * and the profile file's icon (named by `fileAssociations.icon`).
 * @param {{ appSvg: string, fileSvg: string }} sources
 * @returns {Map<string, Buffer>}
 */
export function renderAppIcons({ appSvg, fileSvg }) {
  const files = new Map();
  const app = memoised(appSvg);
  const file = memoised(fileSvg);
  files.set('icon.png', app(1024));
  for (const size of LINUX_ICON_SIZES) files.set(`icons/${size}x${size}.png`, app(size));
  files.set('icon.icns', icnsFile(ICNS_TYPES.map(([type, size]) => ({ type, png: app(size) }))));
  files.set('icon.ico', icoFile(ICO_SIZES.map((size) => ({ size, png: app(size) }))));
  files.set('profile-file.icns', icnsFile(ICNS_TYPES.map(([type, size]) => ({ type, png: file(size) }))));
  files.set('profile-file.ico', icoFile(ICO_SIZES.map((size) => ({ size, png: file(size) }))));
  return files;
}

function memoised(/** @type {string} */ svg) {
  /** @type {Map<number, Buffer>} */
  const cache = new Map();
  return (/** @type {number} */ size) => {
    let png = cache.get(size);
    if (!png) cache.set(size, (png = renderPng(svg, size)));
    return png;
  };
}
