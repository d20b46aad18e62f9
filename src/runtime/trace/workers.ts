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
  const out: (WorkerStep & { lane: string; from: number; to: number; sync: boolean })[] = [];
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
      sync: true,
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
        sync: false,
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
  // A line goes to the span of its worker that contains it, preferring a synchronous part
  // (the most specific) and then the latest start; else to the last span before it. Clocks
  // are coarse (0.1 ms), so spans that touch count as containing.
  const slack = 0.1;
  for (const line of lines) {
    const mine = out.filter((w) => w.lane === line.thread && w.from <= line.t + slack);
    const inside = mine.filter((w) => line.t <= w.to + slack);
    const pick = (ws: typeof out) =>
      ws.reduce<(typeof out)[number] | undefined>(
        (a, w) => (!a || w.from >= a.from ? w : a),
        undefined,
      );
    const best = pick(inside.filter((w) => w.sync)) ?? pick(inside) ?? pick(mine);
    best?.step.logs.push({ text: line.text, level: line.level });
  }
  return out.map(({ step, after, before }) => ({ step, after, before }));
}
