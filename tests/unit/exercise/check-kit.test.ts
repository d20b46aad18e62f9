import { describe, expect, test } from "vitest";
import { amdahl, median } from "../../../src/exercise/amdahl.ts";
import { createCheckKit } from "../../../src/exercise/check-kit.ts";

describe("Amdahl and medians", () => {
  test("ideal speedup", () => {
    expect(amdahl(4)).toBe(4);
    expect(amdahl(2, 0.5)).toBeCloseTo(1 / (0.5 + 0.25));
    expect(amdahl(1, 1)).toBe(1);
    expect(amdahl(0)).toBe(1);
  });
  test("median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

/** A fake clock: each timed function advances it by its cost. */
function fakeClock() {
  let t = 0;
  return { now: () => t, cost: (ms: number) => () => void (t += ms) };
}

describe("check kit", () => {
  test("equal and check record passes and failures with messages", async () => {
    const { kit, results } = createCheckKit(2);
    kit.equal("sums", [1, 2], [1, 2]);
    kit.equal("wrong", { a: 1 }, { a: 2 });
    await kit.check("throws", () => {
      throw new Error("nope");
    });
    await kit.check("fine", async () => {});
    expect(results).toEqual([
      { name: "sums", status: "passed", message: "" },
      { name: "wrong", status: "failed", message: 'expected {"a":2}, got {"a":1}' },
      { name: "throws", status: "failed", message: "nope" },
      { name: "fine", status: "passed", message: "" },
    ]);
  });

  test("speedup passes on the median and shows Amdahl's ideal", async () => {
    const clock = fakeClock();
    const { kit, results } = createCheckKit(2, clock.now);
    await kit.speedup("faster", {
      serial: clock.cost(800),
      parallel: clock.cost(450),
      atLeast: 1.5,
    });
    expect(results[0]?.status).toBe("passed");
    expect(results[0]?.message).toContain("median speedup 1.78×");
    expect(results[0]?.message).toContain("Amdahl's ideal on your 2 cores: 2.00×");
  });

  test("speedup fails when the parallel version is not fast enough", async () => {
    const clock = fakeClock();
    const { kit, results } = createCheckKit(4, clock.now);
    await kit.speedup("faster", {
      serial: clock.cost(800),
      parallel: clock.cost(700),
      atLeast: 1.5,
      runs: 5,
    });
    expect(results[0]).toMatchObject({ status: "failed" });
    expect(results[0]?.message).toContain("over 5 runs");
  });

  test("one core: says so honestly and skips instead of failing", async () => {
    const clock = fakeClock();
    const { kit, results } = createCheckKit(1, clock.now);
    await kit.speedup("faster", {
      serial: clock.cost(800),
      parallel: clock.cost(800),
      atLeast: 1.5,
    });
    expect(results[0]?.status).toBe("skipped");
    expect(results[0]?.message).toContain("reports 1 core");
  });
});
