import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';

// The Costs page stays mounted beside the profiles page, hidden in a way that
// keeps its layout (so opening a profile re-lays out only what changed). Hidden
// must still mean hidden: nothing of it is seen, reached by Tab, or found by role.
test('the kept Costs page is out of sight, out of the Tab order and out of the accessibility tree on the profiles page', async ({
  app,
}) => {
  await app.open('#/costs');
  const costs = app.byTestId(TID.costsPage);
  await expect(costs).toHaveAttribute('data-pricing', 'current');
  await expect(app.byTestId('cost-bar-lambda')).toBeVisible();

  await app.open('#/profiles');
  await expect(app.byTestId(TID.profilesPage)).toBeVisible();
  await expect(costs).toBeAttached();
  await expect(costs).toBeHidden();
  await expect(app.byTestId('cost-bar-lambda')).toBeHidden();
  await expect(app.page.getByRole('heading', { name: 'What would it cost?' })).toHaveCount(0);
  await expect(app.page.getByRole('button', { name: 'Export costs…' })).toHaveCount(0);

  // Tab walks the sidebar and the profiles page and comes round again, never into the kept page.
  const focusedInsideCosts: boolean[] = [];
  for (let press = 0; press < 40; press++) {
    await app.page.keyboard.press('Tab');
    focusedInsideCosts.push(
      await app.page.evaluate(
        (testId) => document.activeElement?.closest(`[data-testid="${testId}"]`) !== null,
        TID.costsPage,
      ),
    );
  }
  expect(focusedInsideCosts.filter(Boolean)).toHaveLength(0);
});
