// Exercise: the three steps on your own.
// Count the primes in eight ranges of 250,000 numbers each.
import { now } from "lab";

// TODO: step 2, move the body of this loop into a self-contained function
// of one `start` and apply it with `map`; step 3, run it on the worker pool
// and compare.
export function countAll(starts: number[]): Promise<number[]> {
  const counts: number[] = [];
  for (const start of starts) {
    let count = 0;
    for (let n = Math.max(2, start); n < start + 250_000; n++) {
      let prime = true;
      for (let d = 2; d * d <= n; d++) {
        if (n % d === 0) {
          prime = false;
          break;
        }
      }
      if (prime) count++;
    }
    counts.push(count);
  }
  return Promise.resolve(counts); // `map` will return a promise too
}

const t0 = now();
const counts = await countAll(Array.from({ length: 8 }, (_, i) => i * 250_000));
console.log(`primes per range: ${counts.join(", ")}`);
console.log(`primes below 2,000,000: ${counts.reduce((a, b) => a + b, 0)}`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
