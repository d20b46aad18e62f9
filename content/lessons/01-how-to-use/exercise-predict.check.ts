import { defineChecks } from "looplab/check";

interface Learner {
  predictedMs: { serial: number; concurrent: number; pool: number };
}

// What each mode really takes for five 400 ms waits, with some room for
// start-up costs and noise.
const EXPECTED = {
  serial: { low: 1800, high: 2400, why: "the five waits happen one after another: 5 × 400 ms" },
  concurrent: { low: 350, high: 650, why: "all five waits start at once on the main thread" },
  pool: {
    low: 350,
    high: 1200,
    why: "the waits overlap on the workers, plus some time to start them",
  },
};

export default defineChecks<Learner>(async (learner, t) => {
  for (const mode of ["serial", "concurrent", "pool"] as const) {
    const { low, high, why } = EXPECTED[mode];
    await t.check(`${mode}: between ${low} and ${high} ms`, () => {
      const guess = learner.predictedMs[mode];
      if (!(guess >= low && guess <= high))
        throw new Error(
          `you predicted ${guess} ms; expected ${low}–${high} ms, because ${why}. Press Compare to see the real times.`,
        );
    });
  }
});
