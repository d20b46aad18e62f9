// Solution: a self-contained function of one `start`, then `map`. With
// "Worker pool" chosen in the Run on select (or `{ on: "pool" }` passed to
// map) the ranges are counted on several cores at once.
import { map, now } from "lab";

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

export async function countAll(starts: number[]): Promise<number[]> {
  return map(primesFrom, starts);
}

const t0 = now();
const counts = await countAll(Array.from({ length: 8 }, (_, i) => i * 250_000));
console.log(`primes per range: ${counts.join(", ")}`);
console.log(`primes below 2,000,000: ${counts.reduce((a, b) => a + b, 0)}`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
