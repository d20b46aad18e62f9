// The same experiment with Atomics.add: the read, add and write happen as
// one indivisible step, so no update can be lost.
import { createPool, now } from "lab";

const WORKERS = 4;
const PER_WORKER = 500_000;
const TRIALS = 20;

const pool = createPool(WORKERS);
let totalLost = 0;
const start = now();

for (let trial = 0; trial < TRIALS; trial++) {
  const shared = new SharedArrayBuffer(2 * 4);
  await Promise.all(
    Array.from({ length: WORKERS }, () =>
      pool.submit(
        (buffer: SharedArrayBuffer, times: number, workers: number) => {
          const counter = new Int32Array(buffer);
          Atomics.add(counter, 1, 1); // the same starting line as before
          const giveUp = Date.now() + 100;
          while (Atomics.load(counter, 1) < workers && Date.now() < giveUp);
          for (let i = 0; i < times; i++) Atomics.add(counter, 0, 1);
        },
        shared,
        PER_WORKER,
        WORKERS,
      ),
    ),
  );
  totalLost += WORKERS * PER_WORKER - Atomics.load(new Int32Array(shared), 0);
}
pool.close();

console.log(`${TRIALS} trials in ${Math.round(now() - start)} ms`);
console.log(`total lost: ${totalLost}`);
