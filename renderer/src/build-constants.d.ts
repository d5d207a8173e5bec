/**
 * Set by vite.config.ts: Mermaid's version and a hash of the app's own styling
 * of its output. A diagram drawn by another renderer is not used from the disk cache.
 */
declare const __DIAGRAM_RENDERER__: string | undefined;
