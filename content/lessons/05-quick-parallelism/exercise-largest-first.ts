// Exercise: feed the pool the big tasks first.
// fib(24) to fib(36): each one takes about 1.6 times as long as the one
// before. The pool hands out items in order, so fib(36), the biggest task,
// starts last and everyone waits for it.
import { map, now } from "lab";

export function order(ns: number[]): number[] {
  // TODO: return the items in an order that finishes sooner on the pool.
  return ns;
}

// Runs the batch in the given order; every task notes when it started and
// ended, on the clock that all threads share.
export async function runBatch(ns: number[]) {
  const t0 = now();
  const spans = await map((n: number) => {
    const fib = (k: number): number => (k < 2 ? k : fib(k - 1) + fib(k - 2));
    const start = now();
    fib(n);
    return { n, start, end: now() };
  }, ns);
  const wall = now() - t0;
  return { wall, spans: spans.map((s) => ({ ...s, start: s.start - t0, end: s.end - t0 })) };
}

const batch = Array.from({ length: 13 }, (_, i) => 24 + i);
const { wall, spans } = await runBatch(order(batch));
const biggest = spans.find((s) => s.n === 36)!;
console.log(
  `fib(36) started at ${Math.round(biggest.start)} ms and took ${Math.round(biggest.end - biggest.start)} ms`,
);
console.log(`wall time: ${Math.round(wall)} ms`);
