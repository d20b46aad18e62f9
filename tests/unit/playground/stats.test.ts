import { describe, expect, test } from "vitest";
import type { RunResult, TaskTrace } from "../../../src/runtime/types.ts";
import { summaryLine, timelineSummary } from "../../../src/islands/playground/stats.ts";

const run = (mode: RunResult["mode"], wallMs: number, ok = true): RunResult => {
  const base = { runId: mode, mode, workers: 2, wallMs, tasks: 4, lanes: [] };
  return ok
    ? { ...base, status: "finished", exports: {} }
    : { ...base, status: "failed", error: { message: "x", thread: "main", t: wallMs } };
};

describe("summaries", () => {
  test("the run line gives the wall time and mode", () => {
    expect(summaryLine(run("pool", 812.34))).toBe("Done in 812 ms · Worker pool × 2");
    expect(summaryLine(run("serial", 12.345))).toBe("Done in 12.3 ms · Main thread — serial");
  });

  test("a run with no tasks says the mode changed nothing", () => {
    const noTasks = { ...run("pool", 1500), tasks: 0 };
    expect(summaryLine(noTasks)).toBe(
      'Done in 1500 ms · main thread: this code gives map() and pools no tasks, so "Run on" changes nothing',
    );
  });

  test("the timeline sentence counts tasks and workers", () => {
    const tasks = [1, 2, 3, 4, 5, 6, 7, 8].map((i): TaskTrace => ({
      runId: "r",
      index: i,
      state: "running",
      lane: `worker-${(i % 2) + 1}`,
      queued: 0,
      start: 0,
      group: 0,
    }));
    expect(timelineSummary(tasks, { wallMs: 468 }, 800)).toBe(
      "8 tasks on 2 workers, 1.71× faster than serial.",
    );
    expect(timelineSummary([], undefined, undefined)).toBe("No tasks were traced in this run.");
  });
});
