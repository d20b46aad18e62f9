import { describe, expect, test } from "vitest";
import {
  compareTable,
  idealSpeedup,
  workShape,
  type CompareSample,
} from "../../../src/islands/playground/compare-stats.ts";
import type { Mode, RunResult, TaskTrace } from "../../../src/runtime/types.ts";

/** A run of `mode` whose tasks computed (or waited) as described. */
function sample(
  mode: Mode,
  wallMs: number,
  tasks: { start: number; end: number; computing?: number }[] = [],
  { workers = 2, ok = true, blockedMs = 0 } = {},
): CompareSample {
  const base = {
    runId: `${mode}-${wallMs}`,
    mode,
    workers,
    wallMs,
    tasks: tasks.length,
    lanes: [],
  };
  const result: RunResult = ok
    ? { ...base, status: "finished", exports: {} }
    : { ...base, status: "failed", error: { message: "x", thread: "main", t: wallMs } };
  const traces = tasks.map((t, index): TaskTrace => ({
    runId: base.runId,
    group: 1,
    index,
    queued: 0,
    state: "done",
    lane: "main",
    start: t.start,
    syncEnd: t.start + (t.computing ?? t.end - t.start),
    end: t.end,
    ok: true,
  }));
  return { result, blockedMs, tasks: traces };
}

/** Four CPU tasks of 100 ms, one after another, in a 420 ms run. */
const serialCpu = (wall = 420) =>
  sample(
    "serial",
    wall,
    [0, 1, 2, 3].map((i) => ({ start: 10 + i * 100, end: 110 + i * 100 })),
  );

describe("the ideal speedup", () => {
  test("follows Amdahl with the run's own serial part, on the smaller of workers and cores", () => {
    const shape = workShape(serialCpu());
    expect(shape.tasks).toBe(4);
    expect(shape.parallelFraction).toBeCloseTo(400 / 420);
    expect(shape.computingFraction).toBe(1);
    // 20 ms serial + 400 ms over 2 cores = 220 ms: 420 / 220.
    expect(idealSpeedup(serialCpu(), 4, 2)).toBeCloseTo(420 / 220);
    expect(idealSpeedup(serialCpu(), 1, 8)).toBeCloseTo(1);
  });

  test("is capped by the longest task: no pool finishes before it", () => {
    const uneven = sample("serial", 1000, [
      { start: 0, end: 700 },
      { start: 700, end: 800 },
      { start: 800, end: 900 },
      { start: 900, end: 1000 },
    ]);
    expect(idealSpeedup(uneven, 4, 4)).toBeCloseTo(1000 / 700);
  });
});

describe("the Compare table", () => {
  const modes = (entries: [Mode, CompareSample[]][]) => new Map(entries);

  test("compares medians, keeps the spread and the longest block", () => {
    const table = compareTable(
      modes([
        ["serial", [serialCpu(420), serialCpu(400), serialCpu(440)]],
        ["pool", [sample("pool", 230), sample("pool", 220, [], { blockedMs: 3 })]],
      ]),
      2,
    );
    const [serial, pool] = table.rows;
    expect(serial).toMatchObject({ median: 420, min: 400, max: 440, speedup: 1 });
    expect(pool).toMatchObject({ median: 225, workers: 2, blockedMs: 1.5 });
    expect(pool!.speedup).toBeCloseTo(420 / 225);
    expect(pool!.ideal).toBeCloseTo(420 / 220);
    expect(table.notes).toEqual([]);
  });

  test("flags a speedup above the ideal instead of presenting it", () => {
    const table = compareTable(
      modes([
        ["serial", [serialCpu(420)]],
        ["pool", [sample("pool", 150)]],
      ]),
      2,
    );
    expect(table.notes.join(" ")).toMatch(/2\.80× is more than 1\.91×.*Distrust it/);
  });

  test("flags noisy runs, and a concurrent gap on work that computes", () => {
    const table = compareTable(
      modes([
        ["serial", [serialCpu(420), serialCpu(430)]],
        ["concurrent", [sample("concurrent", 300), sample("concurrent", 800)]],
      ]),
      2,
    );
    expect(table.notes.some((n) => n.includes("varied from 300 to 800 ms"))).toBe(true);
    expect(table.notes.some((n) => n.includes("not an effect of concurrency"))).toBe(true);
  });

  test("says when the code gives no tasks, so the modes cannot differ", () => {
    const table = compareTable(
      modes([
        ["serial", [sample("serial", 100)]],
        ["pool", [sample("pool", 104)]],
      ]),
      2,
    );
    expect(table.notes.join(" ")).toMatch(/gives no tasks/);
    expect(table.rows[1]!.ideal).toBe(1);
  });

  test("a mode that failed has no speedup", () => {
    const table = compareTable(
      modes([
        ["serial", [serialCpu()]],
        ["pool", [sample("pool", 50, [], { ok: false })]],
      ]),
      2,
    );
    expect(table.rows[1]).toMatchObject({ failed: true, speedup: undefined });
  });

  test("says when main-thread figures carry the slower check of a page without isolation", () => {
    const table = compareTable(modes([["serial", [serialCpu()]]]), 2, false);
    expect(table.notes[0]).toMatch(/not cross-origin isolated/);
  });
});
