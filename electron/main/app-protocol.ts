import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../common/csp';
import { contentTypeFor, resolveStaticFile } from '../node/browser-host/static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before `app` is ready: makes app:// a standard, secure origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `root` on app://explorer/ with our CSP. */
export function serveRendererOnAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = await resolveStaticFile(root, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(await readFile(file), {
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
    });
  });
}
