import type { IpcMethod } from '../../../../electron/common/ipc-channels';
import { socketTransport } from './socket-transport';
import type { Transport } from './transport-type';

export type { Transport } from './transport-type';

type PreloadBridge = Record<IpcMethod, (input?: unknown) => Promise<unknown>>;

const TOKEN_KEY = 'compute-explorer.token';
const TOKEN_HEADER = 'X-Explorer-Token';

/**
 * The desktop app's preload exposes `window.explorer`; browser mode has none
 * and talks to the host that served the page: over a WebSocket when it can,
 * over HTTP otherwise. Nothing else differs.
 */
export function findTransport(): Transport {
  const bridge = (window as unknown as { explorer?: PreloadBridge }).explorer;
  if (bridge) return (method, input) => bridge[method](input);
  const token = takeToken();
  const fallback = httpTransport(token);
  if (typeof WebSocket !== 'function') return fallback;
  return socketTransport({
    origin: window.location.origin,
    token,
    open: (url, protocols) => new WebSocket(url, protocols),
    fallback,
    // The first calls (preferences, the first costs) come while the page mounts: have the socket open by then.
    connectNow: true,
  });
}

/** The launch URL carries the token once; keep it for reloads, hide it from the address bar. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(token: string): Transport {
  return async (method, input) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ input }),
      cache: 'no-store',
    });
    return response.json();
  };
}
