import { expect, test } from "vitest";
import type { TaskTrace } from "../../../src/runtime/types.ts";
import { laneOrder, layoutTimeline } from "../../../src/islands/playground/timeline-layout.ts";

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
