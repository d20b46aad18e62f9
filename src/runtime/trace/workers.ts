import type { LogLine } from "../types.ts";
import { fmt } from "./describe.ts";
import type { LoopStep } from "./loop-types.ts";
import type { TaskRecord } from "./raw-trace.ts";

/** A worker's step, with the main-thread steps it must come after and before. */
export interface WorkerStep {
  step: Omit<LoopStep, "index">;
  /** The main-thread step that posted the task (-1: none). */
  after: number;
  /** The main-thread step that took the result (Infinity: none). */
  before: number;
}

/** Shorter than this (ms) between a task's synchronous end and its end, it did not wait. */
const WAITED_MS = 0.2;

/**
 * What each worker did, from what the page already knows of every pool task: when it was
 * posted, when the worker started and finished its synchronous part and when it answered (all
 * on the clock threads share), and the lines it printed. A task is one step when it ran to
 * the end at once, two when it awaited: taken from the message queue, then finished.
 */
export function workerSteps(tasks: readonly TaskRecord[], lines: readonly LogLine[]): WorkerStep[] {
  const out: (WorkerStep & { lane: string; from: number; to: number })[] = [];
  for (const r of tasks) {
    if (r.lane === "main" || r.start === undefined || r.end === undefined) continue;
    const syncEnd = r.syncEnd ?? r.end;
    const name = `task ${r.index + 1} of call ${r.group}`;
    const waits = r.end - syncEnd > WAITED_MS;
    const base = { after: r.sendStep, before: r.recvStep ?? Infinity, lane: r.lane };
    out.push({
      ...base,
      from: r.start,
      to: waits ? syncEnd : r.end,
      step: {
        kind: "task",
        thread: r.lane,
        title: `${r.lane} takes ${name} from its message queue and runs it${waits ? " until it awaits" : ", then posts the result"}`,
        t: r.start,
        logs: [],
        note: `computed for ${fmt(syncEnd - r.start)} ms`,
      },
    });
    if (waits)
      out.push({
        ...base,
        from: syncEnd,
        to: r.end,
        step: {
          kind: "task",
          thread: r.lane,
          title: `${r.lane} finishes ${name} and posts the result`,
          t: r.end,
          logs: [],
          note: `waited ${fmt(r.end - syncEnd)} ms in the worker (its timers and microtasks there are not recorded one by one)`,
        },
      });
  }
  for (const line of lines) {
    // The latest span of that worker that contains the line; else the latest before it.
    let best: (typeof out)[number] | undefined;
    for (const w of out) {
      if (w.lane !== line.thread || w.from > line.t + 0.05) continue;
      const inside = line.t <= w.to + 0.05;
      if (
        !best ||
        (inside && w.from >= best.from) ||
        (!inside && w.to > best.to && best.to < line.t)
      )
        best = w;
    }
    best?.step.logs.push({ text: line.text, level: line.level });
  }
  return out.map(({ step, after, before }) => ({ step, after, before }));
}
