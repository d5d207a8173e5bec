import { PRICE_LIST_URL_VARIABLE } from '../../electron/node/price-list/download/price-list-url-variable';
import { startFixtureServer, type FixtureServer } from '../../electron/node/price-list/testing/fixture-server';
import { test as base } from '../fixtures';

/**
 * The unit tests' stand-in for AWS's Price List endpoint (the fixture tree at
 * AWS's paths, faults on demand), started for one test and named to its
 * browser host by the test-only variable: the host fetches from it, the page
 * never leaves its origin.
 */
export const test = base.extend<{ priceList: FixtureServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  priceList: async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },
  hostEnv: async ({ priceList }, use) => use({ [PRICE_LIST_URL_VARIABLE]: priceList.url }),
});

export { expect } from '../fixtures';
