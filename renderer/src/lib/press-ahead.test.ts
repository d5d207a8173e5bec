import { describe, expect, it } from 'vitest';
import { linkEvent as press } from './testing/link-event';
import { serviceAhead } from './press-ahead';

describe('serviceAhead', () => {
  it('names the service a plain press on its link will open', () => {
    expect(serviceAhead(press('#/service/lambda'))).toBe('lambda');
    expect(serviceAhead(press('#/service/eks'))).toBe('eks');
  });

  it('builds nothing ahead for other pages, unknown services or presses off a link', () => {
    expect(serviceAhead(press('#/costs'))).toBeNull();
    expect(serviceAhead(press('#/compare/ec2,lambda'))).toBeNull();
    expect(serviceAhead(press('#/service/nope'))).toBeNull();
    expect(serviceAhead(press('https://aws.amazon.com/'))).toBeNull();
    expect(serviceAhead(press(null))).toBeNull();
    expect(serviceAhead({ ...press('#/service/lambda'), target: null })).toBeNull();
  });

  it('leaves other buttons and modified presses to the browser, as the router does', () => {
    expect(serviceAhead(press('#/service/lambda', { button: 1 }))).toBeNull();
    expect(serviceAhead(press('#/service/lambda', { button: 2 }))).toBeNull();
    for (const key of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const) {
      expect(serviceAhead(press('#/service/lambda', { [key]: true }))).toBeNull();
    }
  });
});
