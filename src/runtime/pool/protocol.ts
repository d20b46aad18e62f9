import type { LogLine, Mode } from "../types.ts";

/** Messages between the page and pool workers. Every message names the run it belongs to. */
export type ToWorker =
  /**
   * Sent before a worker's first task of a run. `origin` is the run's absolute start time;
   * `stop` the run's stop flag in shared memory (cross-origin isolated pages only), which the
   * page raises on Stop so busy tasks end at their next check.
   */
  | {
      type: "run";
      runId: string;
      origin: number;
      mode: Mode;
      tag: string;
      thread: string;
      stop?: SharedArrayBuffer;
    }
  /** A task function's source, sent once per worker and run; tasks then refer to `fnId`. */
  | {
      type: "fn";
      runId: string;
      fnId: number;
      source: string;
      name: string;
      imports: Record<string, string>;
    }
  | { type: "task"; runId: string; taskId: number; fnId: number; args: unknown[] }
  /**
   * Several tasks of one quick function, run back to back: one message instead of one per
   * task, as `chunksize` does for Python's `Pool.map`. Results come back in one "batch".
   */
  | { type: "tasks"; runId: string; fnId: number; tasks: { taskId: number; args: unknown[] }[] }
  /** The run is over: flush held-back output, clear its timers, forget its functions. */
  | { type: "end"; runId: string };

/** When a task ran, on the run's clock, as measured where it ran. */
export interface TaskTimes {
  start: number;
  /** When the task's synchronous part returned. */
  syncEnd: number;
  end: number;
}

export interface WireError {
  name: string;
  message: string;
  stack?: string;
}

/** A task's outcome, with when it ran on the worker's clock. */
export type SettledTask = {
  type: "settled";
  runId: string;
  taskId: number;
  start: number;
  /** When the task's synchronous part returned, on the run's clock. */
  syncEnd: number;
  end: number;
  /** True when the task finished synchronously, which also frees the worker. */
  ready: boolean;
} & ({ ok: true; value: unknown } | { ok: false; error: WireError });

export type FromWorker =
  /** The worker's event loop is free again: it can take another task. */
  | { type: "ready"; runId: string }
  | SettledTask
  /** The tasks of a "tasks" message that settled synchronously, in their order. */
  | { type: "batch"; settled: SettledTask[] }
  | { type: "log"; runId: string; lines: LogLine[] }
  /** An error outside any task (a timer callback); it ends the run. */
  | { type: "error"; runId: string; error: WireError }
  /** Answer to "end", after the run's last output lines. */
  | { type: "ended"; runId: string };

export function toWireError(e: unknown): WireError {
  if (e instanceof Error)
    return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
  return { name: "Error", message: `Uncaught ${typeof e === "string" ? e : String(e)}` };
}
