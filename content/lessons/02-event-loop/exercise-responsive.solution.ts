// Solution: check the clock now and then, and yield when a slice is used up.
import { now, sleep } from "lab";

export async function countPrimes(limit: number): Promise<number> {
  let count = 0;
  let sliceStart = now();
  for (let n = 2; n < limit; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
    // Reading the clock costs a little, so only look every 1024 numbers.
    if ((n & 1023) === 0 && now() - sliceStart > 10) {
      await sleep(0);
      sliceStart = now();
    }
  }
  return count;
}

const t0 = now();
console.log(`primes below 2,000,000: ${await countPrimes(2_000_000)}`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
