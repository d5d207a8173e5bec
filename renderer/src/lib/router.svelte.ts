import { parseRoute, routeHref, type Route } from './routes';
import { HistoryAfterPaint } from './history-after-paint';
import { inAppRouteOf } from './in-app-link';

/**
 * Hash routing that switches pages in the same task as the click: in-app
 * links and shortcuts update `current` at once, instead of waiting a frame for
 * the browser's hashchange, and write history once the new page is painted.
 * Typed or back/forward URLs still arrive through hashchange/popstate.
 */
class Router {
  current = $state.raw<Route>(parseRoute(window.location.hash));
  readonly #history = new HistoryAfterPaint();

  constructor() {
    const sync = (): void => {
      this.#history.drop();
      this.current = parseRoute(window.location.hash);
    };
    window.addEventListener('hashchange', sync);
    window.addEventListener('popstate', sync);
    document.addEventListener('click', (event) => this.interceptLink(event));
  }

  go(route: Route): void {
    this.#history.push(routeHref(route));
    this.current = route;
  }

  private interceptLink(event: MouseEvent): void {
    if (event.defaultPrevented) return;
    const route = inAppRouteOf(event);
    if (!route) return;
    event.preventDefault();
    this.go(route);
  }
}

export const router = new Router();
