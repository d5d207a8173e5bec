import { TID } from '../renderer/src/lib/test-ids';
import type { AppPage } from './app-page';
import { expect, test } from './fixtures';
import { profileFile, readProfiles } from './support/profile-files';

async function importFile(app: AppPage, name: string, content: string | Buffer): Promise<void> {
  await app.byTestId(TID.profileImport).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
}

const VALIDATOR_WORDS = /Invalid input|Too big|expected \w+ to be|received|9007199254740991/;

test('a bad import is one banner naming the file in plain words, however often it is tried, gone once the user moves on', async ({
  app,
  dataDir,
}) => {
  await app.open('#/profiles');
  const tooBigRevision = JSON.stringify({ ...profileFile({ name: 'Counted too far' }).json, revision: 1e20 });
  await importFile(app, 'counted.json', tooBigRevision);
  await importFile(app, 'counted.json', tooBigRevision);

  const banner = app.byTestId(TID.notice);
  await expect(banner).toHaveCount(1);
  await expect(banner).toHaveAttribute('data-tone', 'error');
  await expect(banner).toContainText('“counted.json” cannot be imported: revision: is too large');
  await expect(banner).not.toContainText(VALIDATOR_WORDS);

  // Another file gets a banner of its own.
  await importFile(app, 'other.json', '[1, 2]');
  await expect(app.byTestId(TID.notice)).toHaveCount(2);
  await expect(app.byTestId(TID.notice).last()).toContainText('“other.json” cannot be imported');

  await app.open('#/');
  await expect(app.byTestId(TID.notice)).toHaveCount(0);
  expect(await readProfiles(dataDir)).toHaveLength(0);
});

test('a file over the size cap says its size and the cap, and adds nothing', async ({ app, dataDir }) => {
  await app.open('#/profiles');
  // 2.5 × 1,048,576 bytes: shown as 2.5 MB against the 1 MB cap.
  await importFile(app, 'huge.json', Buffer.alloc(2_621_440, 0x20));
  await expect(app.byTestId(TID.notice)).toContainText(
    '“huge.json” is 2.5 MB; a profile file can be at most 1 MB. Nothing was imported.',
  );
  await expect(app.byTestId(TID.notice)).not.toContainText('Request body too large');
  expect(await readProfiles(dataDir)).toHaveLength(0);
});

test('a good import says so in a success banner on the Costs page, which goes on the next page', async ({ app }) => {
  await app.open('#/profiles');
  // Written by hand: a format version, but no dates or revision (the app fills them in).
  await importFile(app, 'hand-written.json', '{ "schemaVersion": 1, "name": "Typed in", "workload": {} }');
  await expect(app.byTestId(TID.costsPage)).toBeVisible();
  await expect(app.byTestId(TID.profileName)).toHaveText('Typed in');
  const banner = app.byTestId(TID.notice);
  await expect(banner).toHaveAttribute('data-tone', 'success');
  await expect(banner).toHaveRole('status');
  await expect(banner).toHaveText(/Imported “Typed in” from hand-written\.json\./);

  await app.open('#/profiles');
  await expect(app.byTestId(TID.notice)).toHaveCount(0);
});

test('a banner goes when dismissed', async ({ app }) => {
  await app.open('#/profiles');
  await importFile(app, 'hand-written.json', '{ "name": "Typed again", "workload": {} }');
  await expect(app.byTestId(TID.notice)).toHaveAttribute('data-tone', 'success');
  await app.byTestId(TID.notice).getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(app.byTestId(TID.notice)).toHaveCount(0);
});
