import { SERVICES } from '../renderer/src/lib/catalog';
import { expect, test } from './fixtures';

const first = SERVICES[0]!;
const second = SERVICES[1]!;
const last = SERVICES.at(-1)!;

test('] and [ move to the next and previous service, wrapping around', async ({ app }) => {
  await app.open(`#/service/${first.id}`);
  await app.pressGlobal(']');
  await expect(app.heading).toHaveText(second.name);
  await app.pressGlobal('[');
  await expect(app.heading).toHaveText(first.name);
  await app.pressGlobal('[');
  await expect(app.heading).toHaveText(last.name);
});

test('Alt+↓ works from anywhere, even while typing in the search box', async ({ app }) => {
  await app.open(`#/service/${first.id}`);
  await app.search.focus();
  await app.page.keyboard.press('Alt+ArrowDown');
  await expect(app.heading).toHaveText(second.name);
});

test('/ focuses the search box, and typing there filters without navigating', async ({ app }) => {
  await app.open(`#/service/${first.id}`);
  await app.pressGlobal('/');
  await expect(app.search).toBeFocused();
  await app.page.keyboard.type('kubernetes');
  await expect(app.heading).toHaveText(first.name);
  const list = app.page.getByRole('navigation', { name: 'Services' }).getByRole('listitem');
  await expect(list).toHaveCount(1);
  await expect(list).toContainText('EKS');
  await list.getByRole('link').press('Enter');
  await expect(app.heading).toHaveText(SERVICES.find((s) => s.id === 'eks')!.name);
});
