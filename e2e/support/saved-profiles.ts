import { TID } from '../../renderer/src/lib/test-ids';
import type { AppPage } from '../app-page';
import { expect } from '../fixtures';

/** Each feasible option's monthly cost as the Costs page's chart shows it, by option id. */
export type Costs = Map<string, number>;

export const usd = (value: number) =>
  `$${Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export async function costsShown(app: AppPage): Promise<Costs> {
  await expect(app.byTestId(TID.costsPage)).toHaveAttribute('data-pricing', 'current');
  const costs: Costs = new Map();
  for (const bar of await app.page.locator('[data-testid^="cost-bar-"][data-feasible="true"]').all()) {
    const id = (await bar.getAttribute('data-testid'))!.slice('cost-bar-'.length);
    costs.set(id, Number(await bar.getAttribute('data-monthly-usd')));
  }
  return costs;
}

/** Saves the workload at `requests` per month under `name` and returns the costs the Costs page shows for it. */
export async function savedProfile(app: AppPage, name: string, requests: string): Promise<Costs> {
  const input = app.byTestId(TID.numberInput('requestsPerMonth'));
  await input.fill(requests);
  await input.press('Enter');
  await app.byTestId(TID.saveProfileAs).click();
  await app.byTestId(TID.nameInput).fill(name);
  await app.byTestId(TID.nameConfirm).click();
  await expect(app.byTestId(TID.profileName)).toHaveText(name);
  await expect(app.byTestId(TID.unsavedMarker)).toHaveCount(0);
  return costsShown(app);
}
