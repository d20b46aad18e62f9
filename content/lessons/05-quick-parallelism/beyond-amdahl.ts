// Two limits that Amdahl's formula leaves out, worked out for you.
// 1. A cost paid once per worker (starting it, sending it its own copy of the
//    input) grows with the number of workers: past some point, one more
//    worker makes the whole job slower.
// 2. Nothing can finish before its longest task: total / longest is a ceiling.

const WORK_MS = 2000; // perfectly divisible work, as long as it takes one core
const PER_WORKER_MS = 25; // suppose each worker costs this much, one after another

const rows = [1, 2, 4, 8, 12, 16, 32].map((n) => ({
  workers: n,
  "Amdahl, all parallel": `${n.toFixed(2)}×`,
  [`with ${PER_WORKER_MS} ms per worker`]: `${(WORK_MS / (WORK_MS / n + PER_WORKER_MS * n)).toFixed(2)}×`,
}));
console.table(rows);

// fib(n) costs about 1.618 times fib(n - 1): relative costs of fib(24) to fib(36).
const costs = Array.from({ length: 13 }, (_, i) => 1.618 ** i);
const total = costs.reduce((a, b) => a + b, 0);
const longest = Math.max(...costs);
console.log(
  `fib(24) to fib(36): the longest task is ${Math.round((100 * longest) / total)}% of the work, ` +
    `so no number of workers can give more than ${(total / longest).toFixed(2)}×`,
);
