import type { Worker } from 'node:worker_threads';

export interface WorkerRequest<P> {
  id: number;
  lane: string;
  payload: P;
}

export type WorkerReply<R> = { id: number; ok: true; value: R } | { id: number; ok: false; error: string };

export type LaneOutcome<R> = { status: 'done'; value: R } | { status: 'superseded' };

export class WorkerUnavailableError extends Error {}

export interface LatestWinsOptions<P = unknown> {
  createWorker: () => Worker;
  /** A request running longer than this means the worker hangs: it is replaced. */
  timeoutMs: number;
  log?: (message: string) => void;
  /** The payload as this worker should receive it, decided as it is posted (e.g. data it already holds left out). */
  prepare?: (payload: P, worker: Worker) => P;
}

interface Pending<P, R> {
  request: WorkerRequest<P>;
  resolve: (outcome: LaneOutcome<R>) => void;
  reject: (error: Error) => void;
}

interface Lane<P, R> {
  inFlight: Pending<P, R> | null;
  waiting: Pending<P, R> | null;
}

/**
 * One worker thread, several lanes (e.g. "evaluate" and "sweep"). Per lane at
 * most one request runs and one waits; a newer request replaces the waiting
 * one, which resolves as superseded. So while a slider is dragged, latency is
 * bounded by two evaluations however fast the events come — stale work is
 * dropped, not queued. A worker that crashes or exceeds the timeout is
 * terminated and replaced; its in-flight requests fail with
 * WorkerUnavailableError so the UI can say so and retry.
 */
export class LatestWinsWorker<P, R> {
  private worker: Worker | null = null;
  private readonly lanes = new Map<string, Lane<P, R>>();
  private readonly byId = new Map<number, Pending<P, R>>();
  private readonly timers = new Map<number, NodeJS.Timeout>();
  /** Workers that have started running; a WeakSet so replaced ones are simply forgotten. */
  private readonly online = new WeakSet<Worker>();
  private nextId = 1;
  private closed = false;
  restarts = 0;

  constructor(private readonly options: LatestWinsOptions<P>) {}

  request(lane: string, payload: P): Promise<LaneOutcome<R>> {
    if (this.closed) return Promise.reject(new WorkerUnavailableError('The pricing worker is shut down.'));
    return new Promise((resolve, reject) => {
      const pending: Pending<P, R> = { request: { id: this.nextId++, lane, payload }, resolve, reject };
      const state = this.lane(lane);
      if (state.inFlight === null) {
        this.send(state, pending);
      } else {
        state.waiting?.resolve({ status: 'superseded' });
        state.waiting = pending;
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.byId.values())
      pending.reject(new WorkerUnavailableError('The pricing worker is shut down.'));
    for (const lane of this.lanes.values()) lane.waiting?.resolve({ status: 'superseded' });
    this.reset();
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private lane(name: string): Lane<P, R> {
    let lane = this.lanes.get(name);
    if (!lane) {
      lane = { inFlight: null, waiting: null };
      this.lanes.set(name, lane);
    }
    return lane;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.options.createWorker();
    worker.once('online', () => this.online.add(worker));
    worker.on('message', (reply: WorkerReply<R>) => this.onReply(reply));
    worker.on('error', (error) => this.replace(worker, `crashed: ${error.message}`));
    worker.on('exit', (code) => this.replace(worker, `exited with code ${code}`));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private send(lane: Lane<P, R>, pending: Pending<P, R>): void {
    lane.inFlight = pending;
    this.byId.set(pending.request.id, pending);
    const worker = this.ensureWorker();
    // A caller awaiting an answer keeps the process alive (a CLI or a bench has nothing else
    // to); an idle worker never does.
    worker.ref();
    const id = pending.request.id;
    // The clock starts once the worker runs: a start-up slowed by a busy machine is not a hang.
    const armHangTimer = (): void => {
      if (!this.byId.has(id) || this.worker !== worker) return;
      this.timers.set(
        id,
        setTimeout(
          () => this.replace(worker, `did not answer within ${this.options.timeoutMs} ms`),
          this.options.timeoutMs,
        ),
      );
    };
    if (this.online.has(worker)) armHangTimer();
    else worker.once('online', armHangTimer);
    const { prepare } = this.options;
    worker.postMessage(
      prepare ? { ...pending.request, payload: prepare(pending.request.payload, worker) } : pending.request,
    );
  }

  private onReply(reply: WorkerReply<R>): void {
    const pending = this.byId.get(reply.id);
    if (!pending) return;
    this.finish(pending);
    if (reply.ok) pending.resolve({ status: 'done', value: reply.value });
    else pending.reject(new Error(reply.error));
  }

  /** Clears a finished request and starts the lane's waiting one, if any. */
  private finish(pending: Pending<P, R>): void {
    const id = pending.request.id;
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.byId.delete(id);
    if (this.byId.size === 0) this.worker?.unref();
    const lane = this.lane(pending.request.lane);
    lane.inFlight = null;
    const next = lane.waiting;
    lane.waiting = null;
    if (next && !this.closed) this.send(lane, next);
  }

  private replace(worker: Worker, why: string): void {
    if (this.worker !== worker || this.closed) return;
    this.options.log?.(`pricing worker ${why}; starting a new one`);
    this.worker = null;
    this.restarts++;
    void worker.terminate();
    const failed = [...this.byId.values()];
    for (const pending of failed) {
      this.finish(pending);
      pending.reject(new WorkerUnavailableError(`The pricing worker ${why}. It has been restarted; try again.`));
    }
  }

  private reset(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.byId.clear();
    this.lanes.clear();
  }
}
