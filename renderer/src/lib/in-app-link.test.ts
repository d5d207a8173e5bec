import { describe, expect, it } from 'vitest';
import { linkEvent as clickOn } from './testing/link-event';
import { inAppRouteAt, inAppRouteOf } from './in-app-link';

describe('inAppRouteOf', () => {
  it('routes a plain click on an in-app link to the page it names', () => {
    expect(inAppRouteOf(clickOn('#/costs'))).toEqual({ name: 'costs' });
    expect(inAppRouteOf(clickOn('#/service/ecs'))).toEqual({ name: 'service', id: 'ecs' });
    expect(inAppRouteOf(clickOn('#/nowhere'))).toEqual({ name: 'not-found', hash: '#/nowhere' });
  });

  it('leaves other links, other buttons and modified clicks to the browser', () => {
    expect(inAppRouteOf(clickOn('https://aws.amazon.com/'))).toBeNull();
    expect(inAppRouteOf(clickOn(null))).toBeNull();
    expect(inAppRouteOf({ ...clickOn('#/costs'), target: null })).toBeNull();
    expect(inAppRouteOf(clickOn('#/costs', { button: 1 }))).toBeNull();
    for (const key of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const) {
      expect(inAppRouteOf(clickOn('#/costs', { [key]: true }))).toBeNull();
    }
  });
});

describe('inAppRouteAt', () => {
  it('reads the link at or around an element, whatever the event', () => {
    expect(inAppRouteAt(clickOn('#/service/batch').target)).toEqual({ name: 'service', id: 'batch' });
    expect(inAppRouteAt(clickOn('https://aws.amazon.com/').target)).toBeNull();
    expect(inAppRouteAt(null)).toBeNull();
  });
});
