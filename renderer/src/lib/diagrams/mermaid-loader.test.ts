import { beforeEach, describe, expect, it, vi } from 'vitest';

const parsed: { settle?: (ok: boolean) => void } = {};
const mermaid = {
  registerIconPacks: vi.fn(),
  parse: vi.fn(
    () =>
      new Promise<unknown>((resolve, reject) => (parsed.settle = (ok) => (ok ? resolve({}) : reject(new Error('no'))))),
  ),
};
vi.mock('mermaid', () => ({ default: mermaid }));

/** A fresh copy of the loader, as each page load has. */
const freshLoader = async () => {
  vi.resetModules();
  return (await import('./mermaid-loader')).loadMermaid;
};
const settledYet = (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 20))]);

describe('loading Mermaid', () => {
  beforeEach(() => {
    parsed.settle = undefined;
    mermaid.parse.mockClear();
  });

  it('is done only once the flowchart’s code is in, so a hold checked after it is not passed by a fetch', async () => {
    const loading = (await freshLoader())();
    await vi.waitFor(() => expect(parsed.settle).toBeDefined());
    expect(mermaid.parse).toHaveBeenCalledWith(expect.stringMatching(/^flowchart /));
    expect(await settledYet(loading)).toBe(false);
    parsed.settle!(true);
    expect(await loading).toBe(mermaid);
  });

  it('is done, and serves every caller the same Mermaid, even when that first parse fails', async () => {
    const load = await freshLoader();
    const first = load();
    await vi.waitFor(() => expect(parsed.settle).toBeDefined());
    parsed.settle!(false);
    expect(await first).toBe(mermaid);
    expect(await load()).toBe(mermaid);
    expect(mermaid.parse).toHaveBeenCalledTimes(1);
    expect(mermaid.registerIconPacks).toHaveBeenCalledWith([expect.objectContaining({ name: 'aws' })]);
  });
});
