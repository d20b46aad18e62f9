import type { TaskTrace } from "../../runtime/index.ts";

export interface Bar {
  task: TaskTrace;
  lane: number;
  /** Sub-row inside the lane: overlapping async tasks stack. */
  row: number;
  x: number;
  width: number;
}

export interface TimelineLayout {
  lanes: { name: string; rows: number }[];
  bars: Bar[];
  /** Time span drawn, ms. */
  span: number;
}

/** Orders lanes main first, then worker-1, worker-2 … numerically. */
export function laneOrder(names: Iterable<string>): string[] {
  const num = (n: string) => (n === "main" ? -1 : Number(/\d+$/.exec(n)?.[0] ?? 1e9));
  return [...new Set(names)].sort((a, b) => num(a) - num(b) || a.localeCompare(b));
}

/**
 * Places each task as a bar on a 0..width axis. Unfinished tasks extend to `now`.
 * Within a lane, a task goes in the first row free at its start (interval
 * partitioning), so concurrency inside one thread is visible as stacking.
 */
export function layoutTimeline(
  tasks: readonly TaskTrace[],
  extraLanes: readonly string[],
  now: number,
  width: number,
): TimelineLayout {
  const names = laneOrder([...extraLanes, ...tasks.map((t) => t.lane)]);
  const end = (t: TaskTrace) => (t.state === "done" ? t.end : Math.max(now, t.start));
  const span = Math.max(1, now, ...tasks.map(end));
  const scale = width / span;
  const rowsEnd = new Map<string, number[]>(names.map((n) => [n, []]));
  const bars: Bar[] = [];
  for (const task of [...tasks].sort((a, b) => a.start - b.start || a.index - b.index)) {
    const rows = rowsEnd.get(task.lane) ?? [];
    let row = rows.findIndex((busyUntil) => busyUntil <= task.start);
    if (row === -1) row = rows.push(0) - 1;
    rows[row] = end(task);
    bars.push({
      task,
      lane: names.indexOf(task.lane),
      row,
      x: task.start * scale,
      width: Math.max(1, (end(task) - task.start) * scale),
    });
  }
  return {
    lanes: names.map((name) => ({ name, rows: Math.max(1, rowsEnd.get(name)?.length ?? 0) })),
    bars,
    span,
  };
}
