// Before `playwright test`: make sure there is a Chromium to drive (see
// scripts/setup/chromium.mjs for the order), downloading Playwright's only
// where there is none; else stop with how to get one.
import { ensureChromium } from './setup/chromium.mjs';
import { installPlaywrightChromium, thisMachine } from './setup/chromium-here.mjs';

const result = ensureChromium({ machine: thisMachine(), install: installPlaywrightChromium, log: console.log });
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
