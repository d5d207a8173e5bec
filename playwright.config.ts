import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/chromium';
import type { ShellOptions } from './e2e/fixtures';

export default defineConfig<ShellOptions>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: 'browser',
      use: {
        shell: 'browser',
        browserName: 'chromium',
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      },
    },
    {
      // The same specs against the desktop app; skipped where Electron's binary is missing.
      name: 'electron',
      use: { shell: 'electron' },
    },
  ],
});
