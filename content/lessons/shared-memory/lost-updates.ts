// Four workers each add 1 to the same shared counter 500,000 times with a
// plain `counter[0]++`. Repeat 20 times and count the lost updates.
import { createPool } from "lab";

const WORKERS = 4;
const PER_WORKER = 500_000;
const TRIALS = 20;

const pool = createPool(WORKERS);
const lost: number[] = [];

for (let trial = 0; trial < TRIALS; trial++) {
  // Slot 0 is the counter. Slot 1 is a starting line: each worker checks
  // in, then waits (at most 100 ms) for the others, so that they overlap.
  const shared = new SharedArrayBuffer(2 * 4);
  const tasks = Array.from({ length: WORKERS }, () =>
    pool.submit(
      (buffer: SharedArrayBuffer, times: number, workers: number) => {
        const counter = new Int32Array(buffer);
        Atomics.add(counter, 1, 1);
        const giveUp = Date.now() + 100;
        while (Atomics.load(counter, 1) < workers && Date.now() < giveUp);
        for (let i = 0; i < times; i++) counter[0]!++; // read, add, write
      },
      shared,
      PER_WORKER,
      WORKERS,
    ),
  );
  await Promise.all(tasks);
  lost.push(WORKERS * PER_WORKER - new Int32Array(shared)[0]!);
}
pool.close();

// A text histogram: how many trials lost how many updates.
const buckets: [string, (n: number) => boolean][] = [
  ["none       ", (n) => n === 0],
  ["1-999      ", (n) => n > 0 && n < 1_000],
  ["1k-99k     ", (n) => n >= 1_000 && n < 100_000],
  ["100k-999k  ", (n) => n >= 100_000 && n < 1_000_000],
  ["1M+        ", (n) => n >= 1_000_000],
];
console.log(`expected ${WORKERS * PER_WORKER} per trial; lost updates:`);
for (const [label, test] of buckets) {
  const count = lost.filter(test).length;
  console.log(`${label} ${"#".repeat(count).padEnd(TRIALS)} ${count}`);
}
console.log(`total lost: ${lost.reduce((a, b) => a + b, 0)}`);
