import { readFile } from 'node:fs/promises';
import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';
import { profileFile, profileFilesOnDisk, readProfiles, writeProfileFile } from './support/profile-files';

async function saveAs(app: AppPage, name: string): Promise<void> {
  await app.byTestId(TID.saveProfileAs).click();
  await app.byTestId(TID.nameInput).fill(name);
  await app.byTestId(TID.nameConfirm).click();
  await expect(app.byTestId(TID.profileName)).toHaveText(name);
}

async function setRequests(app: AppPage, value: string): Promise<void> {
  const input = app.byTestId(TID.numberInput('requestsPerMonth'));
  await input.fill(value);
  await input.press('Enter');
}

test('starter examples are listed, marked, and open into the costs page', async ({ app }) => {
  await app.page.getByRole('navigation', { name: 'Services' }).getByRole('link', { name: 'Profiles' }).click();
  await expect(app.byTestId(TID.profilesPage)).toBeVisible();
  const examples = app.byTestId(TID.profilesPage).getByRole('listitem').filter({ hasText: 'example' });
  expect(await examples.count()).toBeGreaterThanOrEqual(4);
  // Each row's notes, then where it comes from, set apart: "… · Built in".
  await expect(examples.first().locator('.meta').first()).toHaveText(/\S · Built in$/);
  await examples.first().getByRole('button').first().click();
  await expect(app.byTestId(TID.costsPage)).toBeVisible();
  await expect(app.byTestId(TID.profileBar)).toContainText('example');
  await expect(app.byTestId(TID.unsavedMarker)).toHaveCount(0);
});

test('save as writes a file named by id; edits show as unsaved until saved', async ({ app, dataDir }) => {
  await app.open('#/costs');
  await setRequests(app, '3,000,000');
  await expect(app.byTestId(TID.unsavedMarker)).toBeVisible();
  await saveAs(app, 'Checkout API ../../etc');
  await expect(app.byTestId(TID.unsavedMarker)).toHaveCount(0);

  let [saved] = await readProfiles(dataDir);
  expect(saved).toMatchObject({
    name: 'Checkout API ../../etc',
    revision: 1,
    workload: { requestsPerMonth: 3_000_000 },
  });
  expect(await profileFilesOnDisk(dataDir)).toEqual([`${saved!.id}.json`]);

  await setRequests(app, '4,000,000');
  await expect(app.byTestId(TID.unsavedMarker)).toBeVisible();
  await app.page.keyboard.press('Control+s');
  await expect(app.byTestId(TID.unsavedMarker)).toHaveCount(0);
  [saved] = await readProfiles(dataDir);
  expect(saved).toMatchObject({ revision: 2, workload: { requestsPerMonth: 4_000_000 } });
});

test('rename, duplicate, and delete with undo', async ({ app, dataDir }) => {
  await app.open('#/costs');
  await saveAs(app, 'Nightly reports');
  await app.open('#/profiles');
  const item = app.page.getByRole('listitem').filter({ hasText: 'Nightly reports' });
  await item.getByRole('button', { name: 'Rename' }).click();
  await app.byTestId(TID.nameInput).fill('Nightly reports (EU) 🌙');
  await app.byTestId(TID.nameConfirm).click();
  const renamed = app.page.getByRole('listitem').filter({ hasText: 'Nightly reports (EU) 🌙' });
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'Duplicate' }).click();
  await expect(app.page.getByRole('listitem').filter({ hasText: 'Nightly reports (EU) 🌙' })).toHaveCount(2);
  expect(await readProfiles(dataDir)).toHaveLength(2);

  await renamed.first().getByRole('button', { name: 'Delete' }).click();
  await expect(app.page.getByRole('listitem').filter({ hasText: 'Nightly reports (EU) 🌙' })).toHaveCount(1);
  expect(await readProfiles(dataDir)).toHaveLength(1);
  await app.byTestId(TID.undoDelete).click();
  await expect(app.page.getByRole('listitem').filter({ hasText: 'Nightly reports (EU) 🌙' })).toHaveCount(2);
  expect(await readProfiles(dataDir)).toHaveLength(2);
});

test('import validates first: a good file is added and opened, a bad one adds nothing and says why', async ({
  app,
  dataDir,
}) => {
  await app.open('#/profiles');
  const good = profileFile({ name: 'Shared by a colleague' }).json;
  await app.byTestId(TID.profileImport).setInputFiles({
    name: 'colleague.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good)),
  });
  await expect(app.byTestId(TID.profileName)).toHaveText('Shared by a colleague');
  // A new id, never the file's: the file cannot choose where it is written.
  const [imported] = await readProfiles(dataDir);
  expect(imported!.id).not.toBe(good.id);

  await app.open('#/profiles');
  await app.byTestId(TID.profileImport).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schemaVersion": 1, "name": "Half'),
  });
  await expect(app.byTestId(TID.notice).last()).toContainText(/JSON/i);
  expect(await readProfiles(dataDir)).toHaveLength(1);
});

test('a profile file dropped on the window is imported', async ({ app }) => {
  await app.open('#/');
  const json = JSON.stringify(profileFile({ name: 'Dropped workload' }).json);
  const dataTransfer = await app.page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, json);
  await app.page.dispatchEvent('main', 'dragover', { dataTransfer });
  await app.page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(app.byTestId(TID.profileName)).toHaveText('Dropped workload');
});

test('export downloads the profile as JSON that imports again', async ({ app }) => {
  await app.open('#/costs');
  await setRequests(app, '7,000,000');
  await saveAs(app, 'Image thumbnails');
  await app.open('#/profiles');
  const downloadPromise = app.page.waitForEvent('download');
  await app.page
    .getByRole('listitem')
    .filter({ hasText: 'Image thumbnails' })
    .getByRole('button', { name: 'Export' })
    .click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/image-thumbnails.*\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported).toMatchObject({ name: 'Image thumbnails', workload: { requestsPerMonth: 7_000_000 } });
});

test('files added, edited or broken on disk show up without a restart', async ({ app, dataDir }) => {
  await app.open('#/profiles');
  const { id, json } = profileFile({ name: 'Written by hand' });
  await writeProfileFile(dataDir, id, json);
  const item = app.byTestId(TID.profileItem(id));
  await expect(item).toContainText('Written by hand');

  await writeProfileFile(dataDir, id, { ...json, name: 'Edited by hand', revision: 2 });
  await expect(item).toContainText('Edited by hand');

  await writeProfileFile(dataDir, id, '{"schemaVersion": 1, "name": ');
  await expect(app.byTestId(TID.notice).filter({ hasText: /corrupt-/ })).toBeVisible();
  await expect(item).toHaveCount(0);
  expect((await profileFilesOnDisk(dataDir)).some((name) => name.startsWith(`${id}.corrupt-`))).toBe(true);
});

test('a save based on a stale revision is refused, offering reload or save as a copy', async ({ app, dataDir }) => {
  await app.open('#/costs');
  await saveAs(app, 'Checkout API');
  const [saved] = await readProfiles(dataDir);
  await setRequests(app, '5,000,000');
  // Another window (or a hand edit) saves first.
  await writeProfileFile(dataDir, saved!.id as string, { ...saved, notes: 'edited elsewhere', revision: 2 });
  await expect(app.byTestId(TID.notice).filter({ hasText: 'changed on disk' })).toBeVisible();
  await app.byTestId(TID.saveProfile).click();
  const conflict = app.byTestId(TID.conflict);
  await expect(conflict).toBeVisible();
  const [onDisk] = await readProfiles(dataDir);
  expect(onDisk).toMatchObject({ notes: 'edited elsewhere', revision: 2 });
  await conflict.getByRole('button', { name: 'Save as a copy' }).click();
  await app.byTestId(TID.nameConfirm).click();
  await expect.poll(async () => (await readProfiles(dataDir)).length).toBe(2);
});

test('comparing two profiles shows the inputs that differ and the cost difference per option', async ({ app }) => {
  await app.open('#/costs');
  await setRequests(app, '1,000,000');
  await saveAs(app, 'Small');
  await setRequests(app, '90,000,000');
  await saveAs(app, 'Large');
  await app.open('#/profiles');
  const item = (name: string) =>
    app.page.getByRole('listitem').filter({ has: app.page.getByRole('button', { name, exact: true }) });
  await item('Small').getByRole('checkbox').check();
  await item('Large').getByRole('checkbox').check();
  await app.byTestId(TID.compareProfiles).click();
  const inputs = app.byTestId('profile-compare-inputs');
  await expect(inputs.getByRole('row')).toHaveCount(2);
  await expect(inputs).toContainText('1,000,000 per month');
  await expect(inputs).toContainText('90,000,000 per month');
  await expect(app.byTestId('profile-compare-costs').getByRole('row', { name: /Lambda/ })).toContainText('+$');
});
