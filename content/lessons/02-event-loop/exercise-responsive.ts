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
    // TODO: every ~10 ms, give the event loop a turn, so that a timer set by
    // another part of the page never waits 50 ms or more. Which of the three
    // ways of yielding measured above lets a waiting timer in?
  }
  return count;
}

const t0 = now();
console.log(`primes below 2,000,000: ${await countPrimes(2_000_000)}`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
