// Four workers each add 1 to the same shared counter 250,000 times with a
// plain `counter[0]++`. Repeat 20 times and count the lost updates.
import { createPool } from "lab";

const WORKERS = 4;
const PER_WORKER = 250_000;
const TRIALS = 20;

const pool = createPool(WORKERS);
const lost: number[] = [];

for (let trial = 0; trial < TRIALS; trial++) {
  const shared = new SharedArrayBuffer(4); // one 32-bit integer, shared
  const tasks = Array.from({ length: WORKERS }, () =>
    pool.submit(
      (buffer: SharedArrayBuffer, times: number) => {
        const counter = new Int32Array(buffer);
        for (let i = 0; i < times; i++) counter[0]!++; // read, add, write
      },
      shared,
      PER_WORKER,
    ),
  );
  await Promise.all(tasks);
  lost.push(WORKERS * PER_WORKER - new Int32Array(shared)[0]!);
}
pool.close();

// A text histogram: how many trials lost how many updates.
const buckets: [string, (n: number) => boolean][] = [
  ["none      ", (n) => n === 0],
  ["1-999     ", (n) => n > 0 && n < 1_000],
  ["1k-99k    ", (n) => n >= 1_000 && n < 100_000],
  ["100k-499k ", (n) => n >= 100_000 && n < 500_000],
  ["500k+     ", (n) => n >= 500_000],
];
console.log(`expected ${WORKERS * PER_WORKER} per trial; lost updates:`);
for (const [label, test] of buckets) {
  const count = lost.filter(test).length;
  console.log(`${label} ${"#".repeat(count).padEnd(TRIALS)} ${count}`);
}
console.log(`total lost: ${lost.reduce((a, b) => a + b, 0)}`);
