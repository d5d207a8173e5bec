import { mkdir } from 'node:fs/promises';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';
import { profileDir, profileFile, writeProfileFile } from './support/profile-files';

const SAVED = 1_000;

// A thousand files to write and list on a shared machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

// On disk before the app starts, as after years of use.
test.beforeEach(async ({ dataDir }) => {
  await mkdir(profileDir(dataDir), { recursive: true });
  for (let start = 0; start < SAVED; start += 100) {
    await Promise.all(
      Array.from({ length: 100 }, (_, k) => {
        const i = start + k;
        const { id, json } = profileFile({ name: `Workload ${String(i).padStart(4, '0')}` });
        return writeProfileFile(dataDir, id, json);
      }),
    );
  }
});

async function openProfiles(app: AppPage): Promise<void> {
  await app.open('#/profiles');
  await expect(app.byTestId(TID.profileList).getByRole('listitem').first()).toHaveAttribute('aria-setsize', /^\d+$/);
}

test('1,000 saved profiles: a screenful of rows in the page, each saying where it sits among all', async ({ app }) => {
  await openProfiles(app);
  const rows = app.byTestId(TID.profileList).getByRole('listitem');
  const total = Number(await rows.first().getAttribute('aria-setsize'));
  // The starter examples are listed too.
  expect(total).toBeGreaterThan(SAVED);
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  expect(await rows.count()).toBeLessThan(80);

  // Scrolled to the end, the last profile is there and says it is the last.
  await app.page.locator('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
  await expect(rows.last()).toHaveAttribute('aria-posinset', String(total));
  await expect(rows.last()).toBeInViewport();
  expect(await rows.count()).toBeLessThan(80);
});

test('search finds a profile far down the list, and it opens', async ({ app }) => {
  await openProfiles(app);
  await app.byTestId(TID.profileSearch).fill('Workload 0777');
  const rows = app.byTestId(TID.profileList).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await rows.getByRole('button', { name: 'Workload 0777' }).click();
  await expect(app.byTestId(TID.costsPage)).toBeVisible();
  await expect(app.byTestId(TID.profileName)).toHaveText('Workload 0777');
});

test('Tab walks on past the rows first rendered, each focused row scrolled into view', async ({ app }) => {
  await openProfiles(app);
  const list = app.byTestId(TID.profileList);
  await list.getByRole('listitem').first().getByRole('checkbox').focus();
  const focusedRow = () =>
    app.page.evaluate(() => Number(document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? 0));
  // Six stops a row at most (select, name, rename, duplicate, export, delete): 30 rows is past the first screenful and its margin.
  let row = await focusedRow();
  for (let presses = 0; presses < 300 && row < 30; presses++) {
    await app.page.keyboard.press('Tab');
    row = await focusedRow();
    expect(row, 'focus stayed in the list').toBeGreaterThan(0);
  }
  expect(row).toBe(30);
  await expect(app.page.locator(':focus')).toBeInViewport();
});
