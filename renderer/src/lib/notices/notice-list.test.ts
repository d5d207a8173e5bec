import { describe, expect, it } from 'vitest';
import { afterNavigation, withNotice, withoutNotice, type Notice } from './notice-list';

const notice = (id: number, fields: Partial<Notice> = {}): Notice => ({
  id,
  message: `n${id}`,
  tone: 'warning',
  ...fields,
});

describe('notice list', () => {
  it('keeps one banner per file: a newer import result replaces the older', () => {
    let list = withNotice([], notice(1, { key: 'import:a.json', tone: 'error' }));
    list = withNotice(list, notice(2, { key: 'import:b.json', tone: 'error' }));
    list = withNotice(list, notice(3, { key: 'import:a.json', tone: 'error' }));
    list = withNotice(list, notice(4, { key: 'import:a.json', tone: 'success' }));
    expect(list.map((n) => n.id)).toEqual([2, 4]);
  });

  it('stacks notices without a key (the store reports each file once)', () => {
    expect(withNotice(withNotice([], notice(1)), notice(2)).map((n) => n.id)).toEqual([1, 2]);
  });

  it('clears the notices of a page the user has left, and keeps the rest', () => {
    const list = [notice(1, { page: '#/profiles' }), notice(2), notice(3, { page: '#/costs' })];
    expect(afterNavigation(list, '#/costs').map((n) => n.id)).toEqual([2, 3]);
    expect(afterNavigation(list, '#/profiles').map((n) => n.id)).toEqual([1, 2]);
  });

  it('dismisses one notice by its id', () => {
    expect(withoutNotice([notice(1), notice(2)], 1).map((n) => n.id)).toEqual([2]);
  });
});
