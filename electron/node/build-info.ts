// Replaced at build time by scripts/build-electron.mjs from package.json, so
// every shell reports the same version without reading files at run time.
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
