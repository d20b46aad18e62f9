// A CPU-bound job in the same three steps: fib(n) for n from 24 to 36,
// written as a `map`. Switch "Run on" to see which mode helps.
import { map, now, threadName } from "lab";

const ns = Array.from({ length: 13 }, (_, i) => 24 + i); // 24, 25, ..., 36

const t0 = now();
const values = await map((n: number) => {
  // `fib` is defined inside the task so that the task can travel to a worker.
  const fib = (k: number): number => (k < 2 ? k : fib(k - 1) + fib(k - 2));
  const start = now();
  const value = fib(n);
  console.log(`fib(${n}) on ${threadName()}: ${Math.round(now() - start)} ms`);
  return value;
}, ns);

console.log(`fib(36) = ${values.at(-1)}`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
