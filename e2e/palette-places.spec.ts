import { SERVICES } from '../renderer/src/lib/catalog';
import { TID } from '../renderer/src/lib/test-ids';
import { CommandPalette } from './app-page';
import { expect, test } from './fixtures';
import { profileFile, writeProfileFile } from './support/profile-files';

// In the desktop app the menu owns Ctrl+K's neighbours; the palette itself is the same in both shells.
test.skip(({ shell }) => shell === 'electron', 'browser mode: the page owns the command keys there');

const serviceName = (id: string) => SERVICES.find((service) => service.id === id)!.name;

test('the palette goes to a service by its short or full name, even with a letter missing', async ({ app }) => {
  const palette = new CommandPalette(app);
  await palette.run('go-service-lambda', 'lmbda');
  await expect(app.heading).toHaveText(serviceName('lambda'));

  await palette.run('go-service-eks', 'elastic kubernetes');
  await expect(app.heading).toHaveText(serviceName('eks'));
});

test('the palette goes to a comparison, Costs and Profiles', async ({ app }) => {
  const palette = new CommandPalette(app);
  await palette.run('go-compare-ec2-vs-lambda', 'ec2 vs lambda');
  await expect(app.page).toHaveURL(/#\/compare\/ec2,lambda$/);
  await expect(app.compareTable()).toBeVisible();

  // "costs" alone also finds Export Costs…; a user going there types what the entry says.
  await palette.run('go-costs', 'go costs');
  await expect(app.byTestId(TID.costsPage)).toBeVisible();

  await palette.run('go-profiles', 'go profiles');
  await expect(app.byTestId(TID.profilesPage)).toBeVisible();
});

test('the palette opens a saved profile by its name', async ({ app, dataDir }) => {
  const { id, json } = profileFile({ name: 'Nightly invoices', workload: { requestsPerMonth: 4_000_000 } });
  await writeProfileFile(dataDir, id, json);
  const palette = new CommandPalette(app);
  await palette.open();
  await palette.input.fill('nightly');
  await expect(palette.option(`open-profile-${id}`)).toHaveText(/Open “Nightly invoices”/);
  await palette.app.page.keyboard.press('Escape');

  await palette.run(`open-profile-${id}`, 'nitly invo');
  await expect(app.byTestId(TID.costsPage)).toBeVisible();
  await expect(app.byTestId(TID.profileName)).toHaveText('Nightly invoices');
  await expect(app.byTestId(TID.numberInput('requestsPerMonth'))).toHaveValue('4,000,000');
});

test('the palette switches between light and dark, and the choice is kept', async ({ app }) => {
  const palette = new CommandPalette(app);
  const theme = () => app.page.locator('html').getAttribute('data-theme');
  const before = await theme();
  const after = before === 'dark' ? 'light' : 'dark';

  await palette.run('toggle-theme', 'dark theme');
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', after);
  await expect(app.announcer).toHaveText(after === 'dark' ? 'Dark theme.' : 'Light theme.');

  await app.page.reload();
  await app.waitUntilReady();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', after);
});
