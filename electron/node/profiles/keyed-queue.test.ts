import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from './keyed-queue';

/**
 * The store runs every write to one profile through this queue: two saves of
 * the same profile that overlapped could each read revision N and both write
 * N+1, losing one. These tests hold tasks open by hand and watch what starts.
 */

interface HeldTask {
  task: () => Promise<string>;
  started: () => boolean;
  finish: () => void;
  fail: (reason: string) => void;
}

function heldTask(name: string, log: string[]): HeldTask {
  let started = false;
  let settle: { resolve: (value: string) => void; reject: (error: Error) => void } | undefined;
  return {
    task: () => {
      started = true;
      log.push(`start ${name}`);
      return new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
    },
    started: () => started,
    finish: () => {
      log.push(`end ${name}`);
      settle!.resolve(name);
    },
    fail: (reason) => {
      log.push(`fail ${name}`);
      settle!.reject(new Error(reason));
    },
  };
}

/** Lets every promise callback that is ready run. */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('one task at a time per profile', () => {
  it('runs tasks on one key in call order, each only after the one before has finished', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => heldTask(name, log)) as [HeldTask, HeldTask, HeldTask];
    const results = [queue.run('p1', a.task), queue.run('p1', b.task), queue.run('p1', c.task)];
    await settled();
    expect(log).toEqual(['start a']);
    a.finish();
    await settled();
    expect(log).toEqual(['start a', 'end a', 'start b']);
    b.finish();
    await settled();
    c.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('still makes a task wait for the one running when the first on that key has finished and been forgotten', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => heldTask(name, log)) as [HeldTask, HeldTask, HeldTask];
    void queue.run('p1', a.task);
    const second = queue.run('p1', b.task);
    await settled();
    a.finish();
    await settled();
    // a is done (its chain may be forgotten); b is running: c must wait for b, not for a.
    expect(b.started()).toBe(true);
    const third = queue.run('p1', c.task);
    await settled();
    expect(c.started()).toBe(false);
    b.finish();
    await second;
    await settled();
    expect(c.started()).toBe(true);
    c.finish();
    expect(await third).toBe('c');
  });

  it('runs tasks on different keys side by side', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const [a, b] = ['a', 'b'].map((name) => heldTask(name, log)) as [HeldTask, HeldTask];
    const results = [queue.run('p1', a.task), queue.run('p2', b.task)];
    await settled();
    expect(log).toEqual(['start a', 'start b']);
    b.finish();
    a.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b']);
  });

  it('hands a failure to its own caller only, and runs the next task on that key after it', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const [a, b] = ['a', 'b'].map((name) => heldTask(name, log)) as [HeldTask, HeldTask];
    const failing = queue.run('p1', a.task);
    const next = queue.run('p1', b.task);
    await settled();
    a.fail('disk full');
    await expect(failing).rejects.toThrow('disk full');
    await settled();
    expect(b.started()).toBe(true);
    b.finish();
    expect(await next).toBe('b');
  });
});

describe('waiting until the queue is idle', () => {
  it('settles at once with nothing queued', async () => {
    await expect(createKeyedQueue().idle()).resolves.toBeUndefined();
  });

  it('settles only once every task queued so far has, failed ones included', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => heldTask(name, log)) as [HeldTask, HeldTask, HeldTask];
    void queue.run('p1', a.task).catch(() => undefined);
    void queue.run('p1', b.task);
    void queue.run('p2', c.task);
    let idle = false;
    void queue.idle().then(() => (idle = true));
    await settled();
    a.fail('disk full');
    c.finish();
    await settled();
    expect(idle).toBe(false);
    b.finish();
    await settled();
    expect(idle).toBe(true);
  });

  it('after the first task on a key has finished, still waits for the one running after it', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const [a, b] = ['a', 'b'].map((name) => heldTask(name, log)) as [HeldTask, HeldTask];
    void queue.run('p1', a.task);
    void queue.run('p1', b.task);
    await settled();
    a.finish();
    await settled();
    let idle = false;
    void queue.idle().then(() => (idle = true));
    await settled();
    expect(idle).toBe(false);
    b.finish();
    await settled();
    expect(idle).toBe(true);
  });
});
