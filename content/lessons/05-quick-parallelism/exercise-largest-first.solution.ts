// Solution: largest first. The long task starts at once, and the small ones
// fill the gaps on the other workers while it runs.
import { map, now } from "lab";

export function order(ns: number[]): number[] {
  return ns.toSorted((a, b) => b - a);
}

const ns = Array.from({ length: 13 }, (_, i) => 24 + i);

const t0 = now();
await map((n: number) => {
  const fib = (k: number): number => (k < 2 ? k : fib(k - 1) + fib(k - 2));
  return fib(n);
}, order(ns));
console.log(`wall time: ${Math.round(now() - t0)} ms`);
