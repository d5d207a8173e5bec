import path from 'node:path';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';

const GIVEN = path.resolve('e2e/support/data/launch-profile.json');
const MISSING = path.resolve('e2e/support/data/no-such-profile.json');

test.use({ launchFiles: [GIVEN, MISSING] });

test('a profile file given at launch opens on the Costs page; one that cannot be read is named in a notice', async ({
  app,
}) => {
  await expect(app.byTestId(TID.costsPage)).toBeVisible();
  await expect(app.byTestId(TID.profileName)).toHaveText('Opened from the command line');
  await expect(app.byTestId(TID.numberInput('requestsPerMonth'))).toHaveValue('7,000,000');
  await expect(app.byTestId(TID.notice)).toContainText(
    '“no-such-profile.json” could not be opened: there is no such file',
  );
});
