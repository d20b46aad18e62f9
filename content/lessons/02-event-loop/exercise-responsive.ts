// Exercise: keep the page responsive.
// countPrimes blocks the main thread for a noticeable while: watch the meter.
import { now, sleep } from "lab";

export async function countPrimes(limit: number): Promise<number> {
  await sleep(0); // one yield at the start does not help for long...
  let count = 0;
  for (let n = 2; n < limit; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
    // TODO: every ~10 ms, give the event loop a turn (hint: `await sleep(0)`),
    // so that the longest block stays under 50 ms.
  }
  return count;
}

const t0 = now();
console.log(`primes below 2,000,000: ${await countPrimes(2_000_000)}`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
