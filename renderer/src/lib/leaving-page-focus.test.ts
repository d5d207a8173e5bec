import { describe, expect, it } from 'vitest';
import { pageIdentity, releaseFocusLeaving } from './leaving-page-focus';
import type { Route } from './routes';

function focusedElement(): { blurred: number; blur(): void } {
  return {
    blurred: 0,
    blur() {
      this.blurred++;
    },
  };
}

const inside = (element: object) => ({ contains: (node: unknown) => node === element });
const outside = { contains: () => false };

describe('releaseFocusLeaving', () => {
  it('blurs focus inside the page when another page replaces it', () => {
    const heading = focusedElement();
    expect(releaseFocusLeaving({ name: 'catalog' }, { name: 'service', id: 'lambda' }, inside(heading), heading)).toBe(
      true,
    );
    expect(heading.blurred).toBe(1);
  });

  it('blurs when one service page gives way to another (each is its own page)', () => {
    const heading = focusedElement();
    releaseFocusLeaving({ name: 'service', id: 'ec2' }, { name: 'service', id: 'lambda' }, inside(heading), heading);
    expect(heading.blurred).toBe(1);
  });

  it('keeps focus when the same page stays, only its parameters change', () => {
    const button = focusedElement();
    const compare = (ids: ('ec2' | 'lambda' | 'fargate')[]): Route => ({ name: 'compare', ids });
    releaseFocusLeaving(compare(['ec2', 'lambda']), compare(['ec2', 'fargate']), inside(button), button);
    releaseFocusLeaving({ name: 'diagrams' }, { name: 'diagram', id: 'abc1' }, inside(button), button);
    expect(button.blurred).toBe(0);
  });

  it('keeps focus that is not in the page, such as a sidebar link the user clicked', () => {
    const link = focusedElement();
    releaseFocusLeaving({ name: 'catalog' }, { name: 'costs' }, outside, link);
    expect(link.blurred).toBe(0);
  });

  it('does nothing when nothing has focus', () => {
    expect(releaseFocusLeaving({ name: 'catalog' }, { name: 'costs' }, outside, null)).toBe(false);
  });
});

describe('pageIdentity', () => {
  it('tells service pages apart and treats a diagram as the diagrams page', () => {
    expect(pageIdentity({ name: 'service', id: 'ec2' })).not.toBe(pageIdentity({ name: 'service', id: 'lambda' }));
    expect(pageIdentity({ name: 'diagram', id: 'x1' })).toBe(pageIdentity({ name: 'diagrams' }));
    expect(pageIdentity({ name: 'report', profileId: 'a' })).toBe(pageIdentity({ name: 'report' }));
  });
});
