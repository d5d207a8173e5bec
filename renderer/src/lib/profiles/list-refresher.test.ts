import { describe, expect, it } from 'vitest';
import { ListRefresher } from './list-refresher';

/** A host whose list answers come when the test says, counting the lists asked for. */
function fakeHost() {
  const answers: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let asked = 0;
  const refresher = new ListRefresher(() => {
    asked++;
    return new Promise<void>((resolve, reject) => answers.push({ resolve, reject }));
  });
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return {
    refresher,
    asked: () => asked,
    answer: async () => {
      answers.shift()?.resolve();
      await settle();
    },
    fail: async () => {
      answers.shift()?.reject(new Error('host restarting'));
      await settle();
    },
  };
}

describe('refreshing the profiles list', () => {
  it('asked for while a list is on its way: one more follows it, shared by all who asked meanwhile', async () => {
    const host = fakeHost();
    const first = host.refresher.refresh();
    const second = host.refresher.refresh();
    const third = host.refresher.refresh();
    expect(host.asked()).toBe(1);
    await host.answer();
    await first;
    expect(host.asked()).toBe(2);
    await host.answer();
    await Promise.all([second, third]);
    expect(host.asked()).toBe(2);
  });

  it('the follow-up still comes when the list on its way fails', async () => {
    const host = fakeHost();
    const first = host.refresher.refresh();
    const second = host.refresher.refresh();
    await host.fail();
    await expect(first).rejects.toThrow('host restarting');
    expect(host.asked()).toBe(2);
    await host.answer();
    await expect(second).resolves.toBeUndefined();
  });

  it('the page shown fetches nothing while the change poll waits above the counter the list was fetched at', async () => {
    const host = fakeHost();
    host.refresher.polling(4);
    const listed = host.refresher.refresh();
    await host.answer();
    await listed;
    await host.refresher.refreshUnlessCurrent();
    expect(host.asked()).toBe(1);
  });

  it('the page shown fetches the list once a change came in after it, or when no poll waits', async () => {
    const host = fakeHost();
    host.refresher.polling(4);
    const listed = host.refresher.refresh();
    await host.answer();
    await listed;
    host.refresher.polling(5);
    const afterChange = host.refresher.refreshUnlessCurrent();
    expect(host.asked()).toBe(2);
    await host.answer();
    await afterChange;
    host.refresher.polling(null);
    const noPoll = host.refresher.refreshUnlessCurrent();
    expect(host.asked()).toBe(3);
    await host.answer();
    await noPoll;
  });

  it('a list that failed does not count as current', async () => {
    const host = fakeHost();
    host.refresher.polling(4);
    const failed = host.refresher.refresh();
    await host.fail();
    await expect(failed).rejects.toThrow();
    const again = host.refresher.refreshUnlessCurrent();
    expect(host.asked()).toBe(2);
    await host.answer();
    await again;
  });

  it('the page shown waits for the list on its way when nothing changed since it was asked for', async () => {
    const host = fakeHost();
    host.refresher.polling(4);
    const onItsWay = host.refresher.refresh();
    const shown = host.refresher.refreshUnlessCurrent();
    await host.answer();
    await Promise.all([onItsWay, shown]);
    expect(host.asked()).toBe(1);
  });

  it('the page shown asks again after the list on its way when a change came in since it was asked for', async () => {
    const host = fakeHost();
    host.refresher.polling(4);
    const onItsWay = host.refresher.refresh();
    host.refresher.polling(5);
    const shown = host.refresher.refreshUnlessCurrent();
    await host.answer();
    await onItsWay;
    expect(host.asked()).toBe(2);
    await host.answer();
    await shown;
  });
});
