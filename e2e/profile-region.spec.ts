import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PriceBookStore } from '../electron/node/price-books/price-book-store';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';
import { fixtureBook } from './support/fixture-books';

// Before the host starts: a Frankfurt book beside the bundled Virginia one.
test.use({
  dataDir: async ({ dataDir }, use) => {
    await PriceBookStore.inDataDir(dataDir).put(await fixtureBook('eu-central-1'));
    await use(dataDir);
  },
});

test('the profile’s Region is one control, in the profile bar: the Costs page prices in it, and Save as records it', async ({
  app,
  dataDir,
}) => {
  test.slow();
  await app.open('#/costs');
  const profilePicker = app.byTestId(TID.profileRegion);
  await expect(profilePicker).toHaveValue('us-east-1');
  // One Region on the page, not a second picker that could disagree with the profile's.
  await expect(app.page.getByRole('combobox', { name: 'Region', exact: true })).toHaveCount(1);
  const priceBook = app.byTestId(TID.priceBookDate);

  // Changed in the profile bar: the Costs page prices in it.
  await profilePicker.selectOption('eu-central-1');
  await expect(priceBook).toContainText('EU (Frankfurt) (eu-central-1)');

  // Save as shows the Region it saves with; changed there, it is what the page prices in and the profile records.
  await app.byTestId(TID.saveProfileAs).click();
  const saving = app.byTestId(TID.nameDialogRegion);
  await expect(saving).toHaveValue('eu-central-1');
  await saving.selectOption('us-east-1');
  await expect(priceBook).toContainText('US East (N. Virginia) (us-east-1)');
  await app.byTestId(TID.nameInput).fill('Virginia after all');
  await app.byTestId(TID.nameConfirm).click();
  await expect(app.byTestId(TID.profileName)).toHaveText('Virginia after all');
  await expect(profilePicker).toHaveValue('us-east-1');

  const folder = path.join(dataDir, 'profiles');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json'));
  const saved = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(folder, f), 'utf8'))));
  const profile = saved.find((p) => p.name === 'Virginia after all');
  expect(profile?.workload.region).toBe('us-east-1');
});
