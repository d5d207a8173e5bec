// How fast this machine is right now, and how much slower the same work runs
// when it follows a rest. On these shared 2-core machines both move from one
// minute to the next, and every browser figure moves with them: a fixed pass
// of memory-bound work, timed right after other work and after 300 ms idle,
// printed at the start and the end of `npm run bench`, says how to read them.
import { ms, percentile } from './browser-session.mjs';

const SAMPLES = 15;
const REST_MS = 300;

/** 8 MB read at random and 200,000 hops through 50,000 objects: memory-bound, as a page's style and layout are. */
function makePass() {
  const values = new Float64Array(1 << 20).map((_, i) => (i * 7) % 13);
  const nodes = Array.from({ length: 50_000 }, (_, i) => ({ i, next: null }));
  for (let i = 0; i < nodes.length; i++) nodes[i].next = nodes[(i * 7919) % nodes.length];
  return () => {
    const started = performance.now();
    let sum = 0;
    for (let i = 0; i < values.length; i += 3) sum += values[(i * 2654435761) % values.length];
    let node = nodes[0];
    for (let hop = 0; hop < 200_000; hop++) node = node.next;
    if (sum < 0 || node === null) throw new Error('unreachable: keeps the loops from being optimised away');
    return performance.now() - started;
  };
}

const rest = (duration) => new Promise((resolve) => setTimeout(resolve, duration));

/** One line, `when` naming the moment (the bench's start or end): the pass's median right after other work, and after a rest. */
export async function machineSpeed(when) {
  const pass = makePass();
  for (let i = 0; i < 10; i++) pass();
  const busy = [];
  const rested = [];
  for (let i = 0; i < SAMPLES; i++) {
    await rest(REST_MS);
    rested.push(pass());
    busy.push(pass());
  }
  const [atWork, atRest] = [percentile(busy, 50), percentile(rested, 50)];
  return (
    `machine, ${when}: a fixed memory-bound pass takes ${ms(atWork)} right after other work, ${ms(atRest)} after ${REST_MS} ms idle ` +
    `(+${Math.round((atRest / atWork - 1) * 100)} %), median of ${SAMPLES}; a click after a pause runs on a CPU gone cold like this`
  );
}
