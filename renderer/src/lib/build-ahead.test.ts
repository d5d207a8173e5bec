import { describe, expect, it } from 'vitest';
import { linkEvent as press } from './testing/link-event';
import { serviceFocusedAhead, servicePressedAhead, serviceSlots } from './build-ahead';

describe('servicePressedAhead', () => {
  it('names the service a plain press on its link will open', () => {
    expect(servicePressedAhead(press('#/service/lambda'))).toBe('lambda');
    expect(servicePressedAhead(press('#/service/eks'))).toBe('eks');
  });

  it('builds nothing ahead for other pages, unknown services or presses off a link', () => {
    expect(servicePressedAhead(press('#/costs'))).toBeNull();
    expect(servicePressedAhead(press('#/compare/ec2,lambda'))).toBeNull();
    expect(servicePressedAhead(press('#/service/nope'))).toBeNull();
    expect(servicePressedAhead(press('https://aws.amazon.com/'))).toBeNull();
    expect(servicePressedAhead(press(null))).toBeNull();
    expect(servicePressedAhead({ ...press('#/service/lambda'), target: null })).toBeNull();
  });

  it('leaves other buttons and modified presses to the browser, as the router does', () => {
    expect(servicePressedAhead(press('#/service/lambda', { button: 1 }))).toBeNull();
    expect(servicePressedAhead(press('#/service/lambda', { button: 2 }))).toBeNull();
    for (const key of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const) {
      expect(servicePressedAhead(press('#/service/lambda', { [key]: true }))).toBeNull();
    }
  });
});

describe('serviceFocusedAhead', () => {
  const focusOn = (href: string | null, keyboard = true) => ({ target: press(href).target, keyboard });

  it('names the service a link focused from the keyboard opens on Enter', () => {
    expect(serviceFocusedAhead(focusOn('#/service/fargate'))).toBe('fargate');
  });

  it('builds nothing for a mouse focus, other pages or anything but a link', () => {
    expect(serviceFocusedAhead(focusOn('#/service/fargate', false))).toBeNull();
    expect(serviceFocusedAhead(focusOn('#/profiles'))).toBeNull();
    expect(serviceFocusedAhead(focusOn('#/service/nope'))).toBeNull();
    expect(serviceFocusedAhead(focusOn(null))).toBeNull();
    expect(serviceFocusedAhead({ target: null, keyboard: true })).toBeNull();
  });
});

describe('serviceSlots', () => {
  const catalog = { name: 'catalog' } as const;
  const lambdaPage = { name: 'service', id: 'lambda' } as const;

  it('builds the pressed or focused page beside a page that is not a service page', () => {
    expect(serviceSlots(catalog, null, null)).toEqual([]);
    expect(serviceSlots(catalog, 'ecs', null)).toEqual(['ecs']);
    expect(serviceSlots(catalog, null, 'eks')).toEqual(['eks']);
    expect(serviceSlots(catalog, 'ecs', 'eks')).toEqual(['ecs']);
  });

  it('keeps the service page shown first, and builds only a pressed page after it', () => {
    expect(serviceSlots(lambdaPage, null, null)).toEqual(['lambda']);
    expect(serviceSlots(lambdaPage, 'batch', null)).toEqual(['lambda', 'batch']);
    expect(serviceSlots(lambdaPage, null, 'batch')).toEqual(['lambda']);
    expect(serviceSlots(lambdaPage, 'lambda', null)).toEqual(['lambda']);
  });

  it('shows the page built ahead where it was built once the route reaches it', () => {
    const batchPage = { name: 'service', id: 'batch' } as const;
    // The click changes the route while the button's press is still recorded.
    expect(serviceSlots(batchPage, 'batch', null)).toEqual(['batch']);
  });
});
