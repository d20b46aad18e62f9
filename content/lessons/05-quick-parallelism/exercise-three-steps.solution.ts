// Solution: a self-contained function, then `map`. Choose "Worker pool"
// in the Run on select (or pass { on: "pool" }) for step 3.
import { map, now } from "lab";

const starts = Array.from({ length: 8 }, (_, i) => i * 250_000);

function primesFrom(start: number): number {
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
  return count;
}

const t0 = now();
const counts = await map(primesFrom, starts);

export const total = counts.reduce((a, b) => a + b, 0);
console.log(`primes below 2,000,000: ${total}`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
