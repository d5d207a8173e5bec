import { SERVICES } from '../renderer/src/lib/catalog';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';

const serviceName = (id: string) => SERVICES.find((service) => service.id === id)!.name;

test('Enter in the sidebar search opens the first match', async ({ app }) => {
  await app.search.fill('kube');
  await app.search.press('Enter');
  await expect(app.heading).toHaveText(serviceName('eks'));
});

test('Esc in the sidebar search clears it and leaves the box', async ({ app }) => {
  await app.open('#/service/lambda');
  await app.search.fill('zzz nothing');
  await expect(app.byTestId(TID.nav)).toContainText('No service matches');
  await app.search.press('Escape');
  await expect(app.search).toHaveValue('');
  await expect(app.search).not.toBeFocused();
  await expect(app.heading).toBeFocused();
  await expect(app.byTestId(TID.navService('ec2'))).toBeVisible();
});

test.describe('sliders on the Costs page', () => {
  test.beforeEach(async ({ app }) => {
    await app.open('#/costs');
  });

  for (const key of ['requestsPerMonth', 'memoryMB', 'peakToAverage']) {
    test(`${key}: → then ← returns to the same value`, async ({ app }) => {
      const box = app.byTestId(TID.numberInput(key));
      const start = await box.inputValue();
      await app.byTestId(TID.slider(key)).focus();
      await app.page.keyboard.press('ArrowRight');
      await expect(box).not.toHaveValue(start);
      await app.page.keyboard.press('ArrowLeft');
      await expect(box).toHaveValue(start);
    });
  }

  test('a typed value between slider stops survives → then ←', async ({ app }) => {
    const box = app.byTestId(TID.numberInput('requestsPerMonth'));
    await box.fill('3,141,593');
    await box.press('Enter');
    await expect(box).toHaveValue('3,141,593');
    await app.byTestId(TID.slider('requestsPerMonth')).focus();
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowLeft');
    await app.page.keyboard.press('ArrowLeft');
    await expect(box).toHaveValue('3,141,593');
  });

  test('the number box shows 1,000,000,000,000 whole', async ({ app }) => {
    const box = app.byTestId(TID.numberInput('requestsPerMonth'));
    await box.fill('1000000000000');
    await box.press('Enter');
    await expect(box).toHaveValue('1,000,000,000,000');
    const fits = await box.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth);
    expect(fits).toBe(true);
  });
});
