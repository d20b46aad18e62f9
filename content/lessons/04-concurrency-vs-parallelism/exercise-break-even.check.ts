import { defineChecks } from "looplab/check";

interface Learner {
  timeIt(on: "serial" | "pool", iterations: number): Promise<number>;
  breakEven(): Promise<number>;
  /** What the run's own call of breakEven() returned. */
  found: number;
}

const SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

export default defineChecks<Learner>(async (learner, t) => {
  const size = learner.found;
  const valid = SIZES.includes(size);
  const BIG = 10_000_000;
  if (size === Infinity) {
    // No size won during the run: the code may never let the pool win, or the cores were busy
    // then. Time the biggest size now; only if the pool wins there is Infinity wrong.
    const big = await t.speedup(`at ${BIG} iterations per task, the pool beats one thread`, {
      serial: () => learner.timeIt("serial", BIG),
      parallel: () => learner.timeIt("pool", BIG),
      atLeast: 1.3,
      runs: 3,
    });
    if (big === "passed")
      await t.check("breakEven() returns one of 1_000, 10_000, …, 10_000_000", () => {
        throw new Error(
          `got Infinity, yet the pool just won at ${BIG} iterations per task: breakEven() should return the first size where the pool is faster`,
        );
      });
    return;
  }
  await t.check("breakEven() returns one of 1_000, 10_000, …, 10_000_000", () => {
    if (!valid) throw new Error(`expected one of ${SIZES.join(", ")}, got ${size}`);
  });
  if (!valid) return;

  // The biggest size is timed below anyway, so only smaller ones are re-timed here.
  if (size < BIG)
    await t.speedup(`at ${size} iterations per task the pool is really faster`, {
      serial: () => learner.timeIt("serial", size),
      parallel: () => learner.timeIt("pool", size),
      // At the break-even point the two are close by definition: ask only not to lose.
      atLeast: 0.8,
      runs: 3,
      hint: "The pool still loses at that size: breakEven() should time both for each size and return the first one where the pool wins.",
    });

  // With big tasks the pool wins by a clear margin.
  await t.speedup(`at ${BIG} iterations per task, the pool beats one thread`, {
    serial: () => learner.timeIt("serial", BIG),
    parallel: () => learner.timeIt("pool", BIG),
    atLeast: 1.3,
    runs: 3,
  });
});
