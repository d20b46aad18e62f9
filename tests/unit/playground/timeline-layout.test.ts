import { expect, test } from "vitest";
import type { TaskTrace } from "../../../src/runtime/types.ts";
import {
  axisTicks,
  laneOrder,
  layoutTimeline,
} from "../../../src/islands/playground/timeline-layout.ts";

const task = (index: number, lane: string, start: number, end?: number): TaskTrace => {
  const base = { runId: "r", index, lane, queued: 0, start, group: 0 };
  return end === undefined
    ? { ...base, state: "running" }
    : { ...base, state: "done", syncEnd: end, end, ok: true };
};

test("lanes: main first, then workers in numeric order", () => {
  expect(laneOrder(["worker-10", "worker-2", "main", "worker-1"])).toEqual([
    "main",
    "worker-1",
    "worker-2",
    "worker-10",
  ]);
});

test("overlapping tasks in one lane stack; sequential ones share a row", () => {
  const layout = layoutTimeline(
    [task(0, "worker-1", 0, 200), task(1, "worker-1", 1, 201), task(2, "worker-1", 201, 300)],
    [],
    300,
    600,
  );
  expect(layout.lanes).toEqual([{ name: "worker-1", rows: 2 }]);
  expect(layout.bars.map((b) => b.row)).toEqual([0, 1, 0]);
  expect(layout.bars[0]).toMatchObject({ x: 0, width: 400 });
});

test("unfinished tasks run to now and empty lanes still show", () => {
  const layout = layoutTimeline([task(0, "main", 50)], ["worker-1"], 150, 300);
  expect(layout.lanes.map((l) => l.name)).toEqual(["main", "worker-1"]);
  expect(layout.bars[0]).toMatchObject({ x: 100, width: 200 });
});

test("a bar is solid while the task computed and hollow while it waited", () => {
  const waited: TaskTrace = {
    ...task(0, "main", 0, 400),
    state: "done",
    syncEnd: 100,
  } as TaskTrace;
  const layout = layoutTimeline([waited], [], 400, 400);
  expect(layout.bars[0]).toMatchObject({ x: 0, width: 400, busy: 100 });
});

test("several runs share one axis when given a span", () => {
  const layout = layoutTimeline([task(0, "main", 0, 100)], [], 100, 400, 400);
  expect(layout.span).toBe(400);
  expect(layout.bars[0]).toMatchObject({ width: 100 });
});

test("axis ticks are round numbers across the span", () => {
  expect(axisTicks(1000, 500).map((t) => t.ms)).toEqual([0, 200, 400, 600, 800, 1000]);
  expect(axisTicks(1000, 500)[1]).toMatchObject({ x: 100 });
  expect(axisTicks(37, 100).map((t) => t.ms)).toEqual([0, 10, 20, 30]);
});
