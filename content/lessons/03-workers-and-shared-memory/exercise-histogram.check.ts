import { defineChecks } from "looplab/check";

interface Learner {
  histogram(): Promise<number[]>;
}

// The same four pseudo-random sequences, counted on one thread: the right answer.
function expectedCounts(): number[] {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const seed of [1, 2, 3, 4]) {
    let x = seed;
    for (let i = 0; i < 500_000; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      counts[Math.floor((x / 2 ** 32) * 10)]! += 1;
    }
  }
  return counts;
}

export default defineChecks<Learner>(async (learner, t) => {
  const expected = expectedCounts();
  for (let run = 1; run <= 2; run++) {
    const counts = await learner.histogram();
    const total = counts.reduce((a, b) => a + b, 0);
    await t.check(`run ${run}: no count is lost`, () => {
      if (total !== 2_000_000)
        throw new Error(
          `the buckets add up to ${total}, not 2000000: ${2_000_000 - total} increments were lost when two workers read the same bucket before either wrote it back. Atomics.add(counts, bucket, 1) reads, adds and writes in one indivisible step.`,
        );
    });
    t.equal(`run ${run}: every bucket has its exact count`, counts, expected);
  }
});
