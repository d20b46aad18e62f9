import { defineChecks } from "looplab/check";

interface Learner {
  timeIt(on: "serial" | "pool", iterations: number): Promise<number>;
  breakEven(): Promise<number>;
  /** What the run's own call of breakEven() returned. */
  found: number;
}

const SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export default defineChecks<Learner>(async (learner, t) => {
  const size = learner.found;
  const valid = SIZES.includes(size);
  await t.check("breakEven() returns one of 1_000, 10_000, …, 10_000_000", () => {
    if (!valid) throw new Error(`expected one of ${SIZES.join(", ")}, got ${size}`);
  });
  if (!valid) return;

  // The biggest size is timed below anyway, so only smaller ones are re-timed here.
  const BIG = 10_000_000;
  if (size < BIG)
    await t.check(`at ${size} iterations per task the pool is really faster`, async () => {
      const serial: number[] = [];
      const pool: number[] = [];
      for (let i = 0; i < 3; i++) {
        serial.push(await learner.timeIt("serial", size));
        pool.push(await learner.timeIt("pool", size));
      }
      const [s, p] = [median(serial), median(pool)];
      // A little slack: at the break-even point the two are close by definition.
      if (p > s * 1.25)
        throw new Error(
          `at ${size} iterations, 16 tasks took ${s.toFixed(1)} ms on the main thread and ${p.toFixed(1)} ms on the pool (medians of 3): the pool still loses there. breakEven() should time both for each size and return the first one where the pool wins.`,
        );
    });

  // With big tasks the pool wins by a clear margin.
  await t.speedup(`at ${BIG} iterations per task, the pool beats one thread`, {
    serial: () => learner.timeIt("serial", BIG),
    parallel: () => learner.timeIt("pool", BIG),
    atLeast: 1.3,
    runs: 3,
  });
});
