import { parseRoute, routeHref, type Route } from './routes';

class Router {
  current = $state.raw<Route>(parseRoute(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.current = parseRoute(window.location.hash);
    });
  }

  go(route: Route): void {
    const href = routeHref(route);
    if (window.location.hash !== href) window.location.hash = href;
  }
}

export const router = new Router();
