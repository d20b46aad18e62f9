import { describe, expect, it } from "vitest";
import {
  createRunStop,
  ENDED,
  OVER_BUDGET,
  RUNNING,
} from "../../../../src/runtime/run/stop-flag.ts";
import { createWatchdogLoop } from "../../../../src/runtime/worker/watchdog.ts";

/** A clock that advances 1 ms per read, and an event loop that gets a turn only on request. */
function fallback(budgetMs: number) {
  let t = 0;
  const turns: (() => void)[] = [];
  const trips: Error[] = [];
  const stop = createRunStop({
    budgetMs,
    now: () => ++t,
    afterTurn: (f) => turns.push(f),
    onTrip: (e) => trips.push(e),
  });
  return { stop, turns, trips, time: () => t };
}

describe("a run's stop flag without shared memory", () => {
  it("reads the clock only every few thousand reads and trips past the budget", () => {
    const { stop, trips, time } = fallback(10);
    let reads = 0;
    while (stop.flag[0] === RUNNING) reads++;
    expect(stop.flag[0]).toBe(OVER_BUDGET);
    expect(time()).toBeLessThan(20);
    expect(reads).toBeGreaterThan(10 * 4000);
    expect(() => stop.poll()).toThrow(/more than 10 ms without a break/);
    expect(trips).toHaveLength(1);
  });

  it("forgives time spent once the event loop had a turn", () => {
    const { stop, turns } = fallback(10);
    let tripped = 0;
    for (let round = 0; round < 100; round++) {
      for (let i = 0; i < 4096 * 5; i++) if (stop.flag[0] !== RUNNING) tripped++;
      turns.splice(0).forEach((f) => f());
    }
    expect(tripped).toBe(0);
  });

  it("counts a yield to the browser (scheduler.yield) as a turn", () => {
    const { stop } = fallback(10);
    let tripped = 0;
    for (let round = 0; round < 100; round++) {
      for (let i = 0; i < 4096 * 5; i++) if (stop.flag[0] !== RUNNING) tripped++;
      stop.turn();
    }
    expect(tripped).toBe(0);
  });

  it("makes every later check throw once the run has ended", () => {
    const { stop, trips } = fallback(10_000);
    stop.end();
    expect(stop.flag[0]).toBe(ENDED);
    expect(() => stop.poll()).toThrow("This run has ended");
    expect(() => stop.Halt.raise()).toThrow(expect.objectContaining({ name: "RunEnded" }));
    expect(trips).toEqual([]);
  });
});

describe("a run's stop flag in shared memory", () => {
  it("throws the budget error once the watchdog raises it, and ends for good", () => {
    const shared = new Int32Array(new SharedArrayBuffer(4));
    const trips: Error[] = [];
    const stop = createRunStop({
      budgetMs: 2000,
      shared,
      now: () => 0,
      afterTurn: () => {},
      onTrip: (e) => trips.push(e),
    });
    expect(() => stop.poll()).not.toThrow();
    Atomics.store(shared, 0, OVER_BUDGET);
    expect(() => stop.poll()).toThrow(/more than 2 s without a break/);
    expect(trips[0]?.name).toBe("BudgetExceeded");
    stop.end();
    expect(shared[0]).toBe(ENDED);
  });
});

describe("the watchdog", () => {
  it("raises a run's flag once the heartbeat is older than its budget, and asks for a beat", () => {
    let now = 1_000;
    let asked = 0;
    const posted: string[] = [];
    const loop = createWatchdogLoop(
      (m) => {
        posted.push(m);
        if (m === "beat") asked++;
      },
      () => now,
    );
    const beat = new Int32Array(new SharedArrayBuffer(4));
    const flag = new Int32Array(new SharedArrayBuffer(4));
    loop.onMessage({ type: "init", beat: beat.buffer, epoch: 1_000 });
    loop.onMessage({ type: "watch", id: 1, flag: flag.buffer, budgetMs: 500 });
    now = 1_300;
    loop.tick();
    expect([flag[0], asked]).toEqual([RUNNING, 1]);
    now = 1_600;
    loop.tick();
    // Asked once per heartbeat, not every look.
    expect([flag[0], asked]).toEqual([OVER_BUDGET, 1]);
    Atomics.store(flag, 0, RUNNING);
    loop.onMessage({ type: "release", id: 1 });
    now = 9_000;
    loop.tick();
    expect(flag[0]).toBe(RUNNING);
  });
});
