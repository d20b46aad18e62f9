import { defineChecks } from "looplab/check";

interface Learner {
  countAll(starts: number[]): Promise<number[]>;
}

// The loop from the starter, on the main thread: the baseline to beat.
function countOneByOne(starts: number[]): number[] {
  return starts.map((start) => {
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
  });
}

export default defineChecks<Learner>(async (learner, t) => {
  const all = Array.from({ length: 8 }, (_, i) => i * 250_000);
  t.equal(
    "countAll gives the primes of each of the eight ranges, in order",
    await learner.countAll(all),
    [22044, 19494, 18700, 18260, 17971, 17686, 17453, 17325],
  );
  await t.speedup("on the worker pool, countAll beats the loop on one thread", {
    serial: () => countOneByOne(all),
    parallel: () => learner.countAll(all),
    // The ranges differ in work, so two cores give well under 2×; the starter gets about 0.8×.
    atLeast: 1.15,
    runs: 5,
  });
});
