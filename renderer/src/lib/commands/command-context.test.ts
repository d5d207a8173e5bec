import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../../../electron/common/commands';
import { availability, diagramOptionFor, keyOwner, type CommandContext } from './command-context';

const context = (overrides: Partial<CommandContext> = {}): CommandContext => ({
  route: { name: 'catalog' },
  presenting: false,
  openProfileName: null,
  diagramLabel: null,
  costsPriced: true,
  ...overrides,
});

describe('availability', () => {
  it('explains why a command cannot run, in words a user can act on', () => {
    expect(availability('export-profile', context())).toEqual({
      enabled: false,
      reason: 'No profile is open: open one or save this workload first.',
    });
    expect(availability('export-diagram', context())).toMatchObject({ enabled: false, reason: /open a service page/ });
    expect(availability('copy-diagram', context())).toMatchObject({ enabled: false });
    expect(availability('toggle-sliders', context({ route: { name: 'profiles' } }))).toMatchObject({
      enabled: false,
      reason: 'The sliders are on the Costs page and in presentation mode.',
    });
  });

  it('says what an enabled command will work on', () => {
    expect(availability('export-diagram', context({ diagramLabel: 'ECS on Fargate' }))).toEqual({
      enabled: true,
      detail: 'the “ECS on Fargate” diagram',
    });
    expect(availability('export-profile', context({ openProfileName: 'Checkout API' }))).toEqual({
      enabled: true,
      detail: '“Checkout API”',
    });
  });

  it('exports costs once the workload is priced', () => {
    expect(availability('export-costs', context()).enabled).toBe(true);
    expect(availability('export-costs', context({ costsPriced: false }))).toMatchObject({
      enabled: false,
      reason: /not priced yet/,
    });
  });

  it('toggles the sliders on the Costs page and while presenting', () => {
    expect(availability('toggle-sliders', context({ route: { name: 'costs' } })).enabled).toBe(true);
    expect(availability('toggle-sliders', context({ presenting: true })).enabled).toBe(true);
  });

  it('leaves the other commands always available', () => {
    const always = COMMAND_IDS.filter(
      (id) => !['export-profile', 'export-diagram', 'copy-diagram', 'toggle-sliders'].includes(id),
    );
    for (const id of always) expect(availability(id, context()).enabled, id).toBe(true);
  });
});

describe('diagramOptionFor', () => {
  it("uses the service's own first diagram on its page", () => {
    expect(diagramOptionFor({ name: 'service', id: 'fargate' }, 'lambda-api')).toBe('fargate');
  });
  it('uses a diagram the service appears in when it has none of its own', () => {
    expect(diagramOptionFor({ name: 'service', id: 'ecr' }, null)).not.toBeNull();
  });
  it('falls back to the last diagram viewed, or none', () => {
    expect(diagramOptionFor({ name: 'costs' }, 'fargate')).toBe('fargate');
    expect(diagramOptionFor({ name: 'catalog' }, null)).toBeNull();
  });
});

describe('keyOwner', () => {
  const accelerator = { isAccelerator: true };
  const pageKey = { isAccelerator: false };
  it('lets the page handle every key in browser mode', () => {
    expect(keyOwner(accelerator, 'browser')).toBe('page');
    expect(keyOwner(pageKey, 'browser')).toBe('page');
  });
  it("leaves a command's accelerator to the desktop menu, so it runs once", () => {
    expect(keyOwner(accelerator, 'electron')).toBe('menu');
  });
  it('keeps the page’s own keys (], /, g) with the page in the desktop app', () => {
    expect(keyOwner(pageKey, 'electron')).toBe('page');
  });
});
