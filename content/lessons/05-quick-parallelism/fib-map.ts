// A CPU-bound job in the same three steps: eight Fibonacci numbers of the
// same size, written as a `map`. Switch "Run on" to see which mode helps.
import { map, now, threadName } from "lab";

const ns = Array.from({ length: 8 }, () => 34); // eight equal tasks

const t0 = now();
const values = await map((n: number, i: number) => {
  // `fib` is defined inside the task so that the task can travel to a worker.
  const fib = (k: number): number => (k < 2 ? k : fib(k - 1) + fib(k - 2));
  const start = now();
  const value = fib(n);
  console.log(`task ${i}: fib(${n}) on ${threadName()}: ${Math.round(now() - start)} ms`);
  return value;
}, ns);

console.log(`fib(34) = ${values[0]}`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
