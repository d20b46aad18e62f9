import { describe, expect, test } from "vitest";
import { amdahl, median } from "../../../src/exercise/amdahl.ts";
import { createCheckKit, verdictOf, type CheckResult } from "../../../src/exercise/check-kit.ts";

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

  test("speedup passes on the fastest runs and shows Amdahl's ideal", async () => {
    const clock = fakeClock();
    const { kit, results } = createCheckKit(2, clock.now);
    await kit.speedup("faster", {
      serial: clock.cost(800),
      parallel: clock.cost(450),
      atLeast: 1.5,
    });
    expect(results[0]?.status).toBe("passed");
    expect(results[0]?.message).toContain("best-run speedup 1.78×");
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

  test("judges against what the machine delivers: a busy machine is inconclusive, never failed", async () => {
    const clock = fakeClock();
    const busy = {
      parallelism: () => Promise.resolve(1.1),
      timerLateness: () => Promise.resolve(0),
    };
    const { kit, results } = createCheckKit(2, clock.now, busy);
    await kit.speedup("faster", {
      serial: clock.cost(800),
      parallel: clock.cost(780),
      atLeast: 1.5,
    });
    expect(results[0]?.status).toBe("inconclusive");
    expect(results[0]?.message).toMatch(/your cores are busy.*reached 1\.10× of the 2\.00×/);
  });

  test("an idle machine still fails code that does not speed up", async () => {
    const clock = fakeClock();
    const idle = {
      parallelism: () => Promise.resolve(1.95),
      timerLateness: () => Promise.resolve(0),
    };
    const { kit, results } = createCheckKit(2, clock.now, idle);
    await kit.speedup("faster", {
      serial: clock.cost(800),
      parallel: clock.cost(790),
      atLeast: 1.5,
    });
    expect(results[0]?.status).toBe("failed");
    expect(results[0]?.message).toMatch(/needed ≥ 1\.4\d×/);
  });

  test("a partly busy machine lowers the bar in proportion to the reference", async () => {
    const clock = fakeClock();
    const half = {
      parallelism: () => Promise.resolve(1.6),
      timerLateness: () => Promise.resolve(0),
    };
    const { kit, results } = createCheckKit(2, clock.now, half);
    // Needs 1 + 0.5 × 0.6 = 1.30×; gets 1.33×.
    await kit.speedup("faster", {
      serial: clock.cost(800),
      parallel: clock.cost(600),
      atLeast: 1.5,
    });
    expect(results[0]).toMatchObject({ status: "passed" });
    expect(results[0]?.message).toMatch(/needed ≥ 1\.30×, since a reference workload/);
  });
});

describe("speedup on a machine shared with other programs", () => {
  const idle = {
    parallelism: () => Promise.resolve(1.95),
    timerLateness: () => Promise.resolve(0),
  };

  /** A clock where each call of a version costs the next figure in its list. */
  function scripted(serial: number[], parallel: number[]) {
    let t = 0;
    const step = (ms: number[]) => () => void (t += ms.shift() ?? 0);
    return { now: () => t, serial: step(serial), parallel: step(parallel) };
  }

  test("one slowed run does not sink a correct version: the fastest runs are compared", async () => {
    // Untimed calls first, then three runs each; the second parallel run lost its core a while.
    const clock = scripted([800, 800, 800, 800], [420, 420, 900, 420]);
    const { kit, results } = createCheckKit(2, clock.now, idle);
    await kit.speedup("faster", { serial: clock.serial, parallel: clock.parallel, atLeast: 1.5 });
    expect(results[0]).toMatchObject({ status: "passed" });
    expect(results[0]?.message).toContain("best-run speedup 1.90×");
  });

  test("runs that vary widely make a slow result inconclusive, not failed", async () => {
    const clock = scripted([800, 800, 1300, 800], [800, 790, 1200, 1250]);
    const { kit, results } = createCheckKit(2, clock.now, idle);
    await kit.speedup("faster", { serial: clock.serial, parallel: clock.parallel, atLeast: 1.5 });
    expect(results[0]?.status).toBe("inconclusive");
    expect(results[0]?.message).toMatch(/from 800 to 1300 ms from run to run/);
  });

  test("steady runs of a version that does not speed up still fail", async () => {
    const clock = scripted([800, 800, 820, 810], [800, 790, 805, 800]);
    const { kit, results } = createCheckKit(2, clock.now, idle);
    const status = await kit.speedup("faster", {
      serial: clock.serial,
      parallel: clock.parallel,
      atLeast: 1.5,
    });
    expect(results[0]?.status).toBe("failed");
    expect(status).toBe("failed");
  });
});

describe("timing checks", () => {
  const probe = (late: number) => ({
    parallelism: () => Promise.resolve(2),
    timerLateness: () => Promise.resolve(late),
  });

  test("a value under its lower bound fails at once, whatever the load", async () => {
    const { kit, results } = createCheckKit(2, undefined, probe(500));
    let calls = 0;
    await kit.timing("waits", {
      measure: () => (calls++, 40),
      atLeast: 50,
      explain: (ms) => `${ms}`,
    });
    expect(results[0]).toEqual({ name: "waits", status: "failed", message: "40" });
    expect(calls).toBe(1);
  });

  test("over the limit: measured again, then inconclusive if timers run that late", async () => {
    const values = [130, 125, 120];
    const { kit, results } = createCheckKit(2, undefined, probe(40));
    await kit.timing("quick", {
      measure: () => values.shift()!,
      atMost: 100,
      explain: () => "slow",
    });
    expect(results[0]?.status).toBe("inconclusive");
    expect(results[0]?.message).toMatch(/timers on this page are running up to 40 ms late/);
  });

  test("over the limit on a quiet machine fails; a retry within it passes", async () => {
    const quiet = createCheckKit(2, undefined, probe(2));
    await quiet.kit.timing("quick", {
      measure: () => 300,
      atMost: 100,
      explain: (ms) => `took ${ms}`,
    });
    expect(quiet.results[0]).toMatchObject({ status: "failed", message: "took 300" });
    const values = [300, 90];
    const retried = createCheckKit(2, undefined, probe(2));
    await retried.kit.timing("quick", {
      measure: () => values.shift()!,
      atMost: 100,
      explain: () => "",
    });
    expect(retried.results[0]?.status).toBe("passed");
  });

  test("the verdict: failed beats inconclusive beats passed", () => {
    const r = (status: CheckResult["status"]): CheckResult => ({
      name: status,
      status,
      message: "",
    });
    expect(verdictOf([r("passed"), r("skipped")])).toBe("passed");
    expect(verdictOf([r("passed"), r("inconclusive")])).toBe("inconclusive");
    expect(verdictOf([r("inconclusive"), r("failed")])).toBe("failed");
    expect(verdictOf([r("skipped")])).toBe("inconclusive");
  });
});
