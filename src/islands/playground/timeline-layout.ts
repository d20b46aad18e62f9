import type { TaskTrace } from "../../runtime/index.ts";

export interface Bar {
  task: TaskTrace;
  lane: number;
  /** Sub-row inside the lane: overlapping async tasks stack. */
  row: number;
  x: number;
  width: number;
  /** Width of the solid part: while the task's own code ran. The rest it waited. */
  busy: number;
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
 * `span` fixes the axis (several runs drawn on one axis); by default it fits this run.
 */
export function layoutTimeline(
  tasks: readonly TaskTrace[],
  extraLanes: readonly string[],
  now: number,
  width: number,
  span?: number,
): TimelineLayout {
  const names = laneOrder([...extraLanes, ...tasks.map((t) => t.lane)]);
  const end = (t: TaskTrace) => (t.state === "done" ? t.end : Math.max(now, t.start));
  const drawn = span ?? Math.max(1, now, ...tasks.map(end));
  const scale = width / drawn;
  const rowsEnd = new Map<string, number[]>(names.map((n) => [n, []]));
  const bars: Bar[] = [];
  for (const task of [...tasks].sort((a, b) => a.start - b.start || a.index - b.index)) {
    const rows = rowsEnd.get(task.lane) ?? [];
    let row = rows.findIndex((busyUntil) => busyUntil <= task.start);
    if (row === -1) row = rows.push(0) - 1;
    rows[row] = end(task);
    const barWidth = Math.max(1, (end(task) - task.start) * scale);
    const computed = task.state === "done" ? task.syncEnd - task.start : end(task) - task.start;
    bars.push({
      task,
      lane: names.indexOf(task.lane),
      row,
      x: task.start * scale,
      width: barWidth,
      busy: Math.min(barWidth, Math.max(1, computed * scale)),
    });
  }
  return {
    lanes: names.map((name) => ({ name, rows: Math.max(1, rowsEnd.get(name)?.length ?? 0) })),
    bars,
    span: drawn,
  };
}

/** Round-numbered ticks (1, 2 or 5 × 10ⁿ ms apart) for a time axis `width` wide. */
export function axisTicks(span: number, width: number, most = 6): { x: number; ms: number }[] {
  const raw = span / Math.max(1, most);
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-3)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: { x: number; ms: number }[] = [];
  for (let ms = 0; ms <= span + 1e-9; ms += step) ticks.push({ x: (ms / span) * width, ms });
  return ticks;
}
