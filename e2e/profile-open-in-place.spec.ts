import { mkdir } from 'node:fs/promises';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';
import { profileDir, profileFile, writeProfileFile } from './support/profile-files';

const small = profileFile({ name: 'Small API', workload: { requestsPerMonth: 2_000_000 } });

test.beforeEach(async ({ dataDir }) => {
  await mkdir(profileDir(dataDir), { recursive: true });
  await writeProfileFile(dataDir, small.id, small.json);
});

test('opening a profile re-prices the Costs page in place: the same page, its heading focused, its own cheapest option', async ({
  app,
}) => {
  await app.open('#/costs');
  const costs = app.byTestId(TID.costsPage);
  await expect(costs).toHaveAttribute('data-pricing', 'current');
  // The user looks at EC2's breakdown, then goes to the list.
  await app.byTestId('cost-bar-ec2').click();
  const breakdown = app.page.locator('#breakdown-title');
  await expect(breakdown).toHaveText(/^EC2/);
  await costs.evaluate((page) => ((window as unknown as { keptCostsPage: Element }).keptCostsPage = page));

  await app.open('#/profiles');
  await expect(app.byTestId(TID.profilesPage)).toBeVisible();
  await expect(costs).toBeHidden();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Workload profiles' })).toBeFocused();
  await app.byTestId(TID.profileItem(small.id)).locator('button.name').click();

  await expect(costs).toBeVisible();
  await expect(app.byTestId(TID.profileName)).toHaveText('Small API');
  await expect(costs).toHaveAttribute('data-pricing', 'current');
  await expect(app.page.getByRole('heading', { level: 1, name: 'What would it cost?' })).toBeFocused();
  // Not built again: the very element the user left (opening only re-priced it).
  expect(await costs.evaluate((page) => (window as unknown as { keptCostsPage: Element }).keptCostsPage === page)).toBe(
    true,
  );
  // A profile opens on its own cheapest option, as a freshly built page would show it.
  await expect(breakdown).not.toHaveText(/^EC2/);
});
