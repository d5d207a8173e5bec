import { COMPARE_ROWS, PRESET_COMPARISONS, serviceById } from '../renderer/src/lib/catalog';
import { TID } from '../renderer/src/lib/test-ids';
import { expect, test } from './fixtures';

// No preset compares these two, so every preset button has to change the table.
const START = ['lightsail', 'ecr'] as const;

for (const preset of PRESET_COMPARISONS) {
  test(`the ${preset.title} comparison puts the services side by side on the same rows`, async ({ app }) => {
    expect(preset.serviceIds).not.toEqual(START);
    await app.open(`#/compare/${START.join(',')}`);
    await app.byTestId(TID.comparePreset(preset.id)).click();
    await expect(app.page).toHaveURL(new RegExp(`#/compare/${preset.serviceIds.join(',')}$`));
    const table = app.compareTable();
    const headers = table.locator('thead th');
    await expect(headers).toHaveCount(preset.serviceIds.length + 1);
    for (const [column, id] of preset.serviceIds.entries())
      await expect(headers.nth(column + 1)).toContainText(serviceById(id).shortName);
    await expect(table.locator('tbody tr')).toHaveCount(COMPARE_ROWS.length);
    const firstRow = table.locator('tbody tr').first();
    await expect(firstRow.locator('td')).toHaveCount(preset.serviceIds.length);
  });
}

test('any two or three services can be picked to compare', async ({ app }) => {
  await app.open('#/compare/ec2,lambda');
  await app.byTestId(TID.comparePicker('lightsail')).click();
  await expect(app.page).toHaveURL(/#\/compare\/ec2,lambda,lightsail$/);
  await expect(app.compareTable().locator('thead th')).toHaveCount(4);

  // A fourth pick replaces the oldest, so the table stays readable.
  await app.byTestId(TID.comparePicker('batch')).click();
  await expect(app.page).toHaveURL(/#\/compare\/lambda,lightsail,batch$/);

  await app.byTestId(TID.comparePicker('lambda')).click();
  await expect(app.compareTable().locator('thead th')).toHaveCount(3);
  // Two is the minimum: the picked ones cannot be removed.
  await expect(app.byTestId(TID.comparePicker('batch'))).toBeDisabled();
});
