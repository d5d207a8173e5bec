import { OPTIONS } from '../../renderer/src/lib/catalog';
import { TID } from '../../renderer/src/lib/test-ids';
import type { AppPage } from '../app-page';
import { expect } from '../fixtures';

/**
 * The default deck of a service workload (the default workload, the service
 * examples): the title, one slide per option but Batch (it cannot serve
 * requests, so its slide is left out by default), the comparison, break-even,
 * recommendation and assumptions. Slide numbers count from 1, as the counter does.
 */
export const SERVICE_OPTION_SLIDES = OPTIONS.filter((option) => option.id !== 'batch');

const afterOptions = SERVICE_OPTION_SLIDES.length + 1;

export const SERVICE_DECK = {
  count: afterOptions + 4,
  comparison: afterOptions + 1,
  breakEven: afterOptions + 2,
  recommendation: afterOptions + 3,
  assumptions: afterOptions + 4,
} as const;

/**
 * F5, then the digit key of slide `n`, the way a presenter jumps: the deck's
 * code loads on first use, so the digit waits for the title slide's counter
 * (a key pressed before the deck is up would go to the page under it).
 */
export async function presentFromSlide(app: AppPage, n: number): Promise<void> {
  const counter = app.byTestId(TID.slideCounter);
  await app.pressGlobal('F5');
  await expect(counter).toHaveText(/^1 \/ /);
  if (n === 1) return;
  await app.page.keyboard.press(String(n));
  await expect(counter).toHaveText(new RegExp(`^${n} / `));
}
