import { withoutGuards } from "../compile/guard-text.ts";
import type { PoolJob, PoolRun, Slot } from "./jobs.ts";
import type { ToWorker, WireError } from "./protocol.ts";

/**
 * Most tasks one "tasks" message carries. Every message costs the page a structured clone
 * and a task on each side; for tasks that compute for microseconds that cost is the whole
 * run, so a quick function's tasks travel in batches, as `chunksize` batches them for
 * Python's `Pool.map`. Batches stay small enough (under PREFETCH_BELOW_MS each per task,
 * so a few ms at most) that a batch never holds a worker for long.
 */
export const MAX_BATCH = 16;

/**
 * The batch for a quick function when its call did not choose one: at most a share of the
 * queue that leaves every worker some (half of an even split), so the last tasks still
 * spread over the pool.
 */
export function automaticBatch(queued: number, slots: number): number {
  return Math.min(MAX_BATCH, Math.floor(queued / (2 * slots)));
}

/**
 * How many jobs from `i` on (at most `size`) go to the slot in one message: jobs of the same
 * run and function that the slot may run, without transfers.
 */
export function batchLength(queue: readonly PoolJob[], i: number, slot: Slot, size: number) {
  const first = queue[i]!;
  if (first.transfer.length) return 1;
  let n = 1;
  while (n < size && i + n < queue.length) {
    const job = queue[i + n]!;
    if (job.runId !== first.runId || job.fnId !== first.fnId) break;
    if (job.slots <= slot.index || job.transfer.length) break;
    n++;
  }
  return n;
}

/** What a slot must be told before its first task of a run, and of a function. */
export function introductions(
  slot: Slot,
  run: PoolRun,
  fnId: number,
  fn: { source: string; name: string; imports: Record<string, string> },
): ToWorker[] {
  const out: ToWorker[] = [];
  if (!slot.runs.has(run.runId)) {
    slot.runs.add(run.runId);
    out.push({
      type: "run",
      runId: run.runId,
      origin: run.origin,
      mode: run.mode,
      tag: run.tag,
      thread: slot.name,
      ...(run.stop ? { stop: run.stop.buffer as SharedArrayBuffer } : {}),
    });
  }
  const key = `${run.runId}:${fnId}`;
  if (!slot.fns.has(key)) {
    slot.fns.add(key);
    out.push({ type: "fn", runId: run.runId, fnId, ...fn });
  }
  return out;
}

/** The error of a task whose arguments cannot be sent to a worker. */
export function cloneError(e: unknown): WireError {
  // The compiler's guards are noise in the engine's description of the value.
  const detail = withoutGuards(e instanceof Error ? e.message : String(e));
  const message = `An argument of this task can't be sent to a worker (only structured-cloneable data can travel: no functions, symbols or DOM nodes). ${detail}`;
  return { name: "DataCloneError", message };
}
