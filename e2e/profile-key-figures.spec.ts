import { CHART_TID } from '../renderer/src/lib/charts/chart-test-ids';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';
import { costsShown, savedProfile, usd } from './support/saved-profiles';

// Issue 13 part 4: the Profiles page shows each profile's key figures — its
// requests/month, its cheapest option and that option's monthly cost — the same
// figures its Costs page shows, and they follow a save.
test.describe('key figures on the Profiles page', () => {
  test.describe.configure({ timeout: 90_000 });

  test('each row shows its requests/month and the cheapest option at the cost its Costs page shows; a save updates them', async ({
    app,
  }) => {
    await app.open('#/costs');
    const quiet = await savedProfile(app, 'Quiet', '10,000');
    const quietCheapest = Math.min(...quiet.values());
    const busy = await savedProfile(app, 'Busy', '900,000,000');
    const busyCheapest = Math.min(...busy.values());
    const busyCheapestId = [...busy].find(([, monthly]) => monthly === busyCheapest)![0];
    const busyLabel = await app.byTestId(CHART_TID.costBar(busyCheapestId)).getAttribute('aria-label');

    await app.open('#/profiles');
    const row = (name: string) =>
      app.page.getByRole('listitem').filter({ has: app.page.getByRole('button', { name, exact: true }) });
    const figures = (name: string) => row(name).locator(`[data-testid^="${TID.profileKeyFigures('')}"]`);
    await expect(figures('Quiet')).toContainText(`10 k requests/month · cheapest: `);
    await expect(figures('Quiet')).toContainText(`, ${usd(quietCheapest)}/month`);
    await expect(figures('Busy')).toContainText(`900 M requests/month · cheapest: `);
    await expect(figures('Busy')).toContainText(`, ${usd(busyCheapest)}/month`);
    // The option named is the one whose bar on the Costs page was the lowest.
    const named = /cheapest: (.+), \$/.exec((await figures('Busy').textContent()) ?? '')?.[1];
    expect(busyLabel).toContain(named);
    // Built-in examples carry figures too.
    await expect(app.byTestId(TID.profileKeyFigures('example-public-api-backend'))).toContainText(
      /requests\/month · cheapest: .+, \$[\d,]+\.\d\d\/month/,
    );

    // Busy is still open: saving it at another rate changes its row (a new revision, priced again).
    await app.open('#/costs');
    const input = app.byTestId(TID.numberInput('requestsPerMonth'));
    await input.fill('2,000,000,000');
    await input.press('Enter');
    await app.byTestId(TID.saveProfile).click();
    await expect(app.byTestId(TID.unsavedMarker)).toHaveCount(0);
    const busier = await costsShown(app);
    await app.open('#/profiles');
    await expect(figures('Busy')).toContainText(`2 B requests/month · cheapest: `);
    await expect(figures('Busy')).toContainText(`, ${usd(Math.min(...busier.values()))}/month`);
  });
});
