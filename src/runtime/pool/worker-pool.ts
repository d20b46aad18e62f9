import { withoutGuards } from "../compile/guard-text.ts";
import type { FromWorker, TaskTimes, ToWorker, WireError } from "./protocol.ts";
import type { LogLine, Mode } from "../types.ts";

/** How a job ended: its value or error, and when it ran (unless it never reached a worker). */
export type Settled = ({ ok: true; value: unknown } | { ok: false; error: WireError }) & {
  times?: TaskTimes;
};

/** A run as the pool sees it: where its output goes and the functions its tasks use. */
export interface PoolRun {
  runId: string;
  origin: number;
  mode: Mode;
  tag: string;
  fns: Map<number, { source: string; name: string; imports: Record<string, string> }>;
  /** The run's stop flag in shared memory, if the page has shared memory. */
  stop?: Int32Array;
  onLog(lines: LogLine[]): void;
  onError(error: WireError): void;
}

export interface PoolJob {
  runId: string;
  fnId: number;
  args: unknown[];
  transfer: Transferable[];
  /** The job may only go to workers 1..slots (the size asked for by map/createPool). */
  slots: number;
  onStart(lane: string): void;
  onSettle(r: Settled): void;
}

interface Slot {
  name: string;
  index: number;
  worker: Worker;
  ready: boolean;
  /** Run and function (`runId:fnId`) whose last task here computed for under PREFETCH_BELOW_MS. */
  quick: string | undefined;
  inflight: Map<number, PoolJob>;
  runs: Set<string>;
  fns: Set<string>;
  ending: Map<string, () => void>;
}

/** The value of a run's stop flag once it is over (see run/stop-flag.ts). */
const RUN_ENDED = 2;

/** A task that computed for less than this (ms) is quick: its worker may take the next early. */
const PREFETCH_BELOW_MS = 1;
/** Tasks a quick worker may hold at once: the one it runs and the next. */
const PREFETCH_DEPTH = 2;

/**
 * Worker pool shared by every run on the page. Workers pull work: one task at a time until
 * the worker reports its event loop free ("ready"), so CPU tasks balance and async ones overlap.
 */
export class WorkerPool {
  readonly #spawn: () => Worker;
  readonly #slots: Slot[] = [];
  readonly #runs = new Map<string, PoolRun>();
  #queue: PoolJob[] = [];
  #taskIds = 0;

  constructor(spawn: () => Worker) {
    this.#spawn = spawn;
  }

  get size(): number {
    return this.#slots.length;
  }

  ensure(n: number): void {
    while (this.#slots.length < n) {
      const index = this.#slots.length;
      this.#slots.push(this.#createSlot(index));
    }
  }

  register(run: PoolRun): void {
    this.#runs.set(run.runId, run);
  }

  submit(job: PoolJob): void {
    this.ensure(job.slots);
    this.#queue.push(job);
    this.#pump();
  }

  /** Asks workers to flush the run's last output and forget it; resolves when they have. */
  async endRun(runId: string): Promise<void> {
    const waits = this.#slots
      .filter((s) => s.runs.has(runId))
      .map((slot) => this.#end(slot, runId));
    await Promise.race([Promise.all(waits), new Promise((r) => setTimeout(r, 250))]);
    this.#runs.delete(runId);
  }

  /** Stop: drops the run's queued tasks and replaces every worker busy with one of them. */
  cancelRun(runId: string): void {
    // Busy tasks end at their next check; a worker that is terminated instead would keep
    // its core busy for up to two more seconds (Chromium's forcible-termination delay).
    const stop = this.#runs.get(runId)?.stop;
    if (stop) Atomics.store(stop, 0, RUN_ENDED);
    this.#queue = this.#queue.filter((j) => j.runId !== runId);
    for (const slot of [...this.#slots]) {
      if ([...slot.inflight.values()].some((j) => j.runId === runId)) this.#replace(slot, runId);
      else if (slot.runs.has(runId)) void this.#end(slot, runId);
    }
    this.#runs.delete(runId);
    this.#pump();
  }

  /** Ends every worker; the pool starts fresh ones if used again. */
  terminate(): void {
    for (const slot of this.#slots.splice(0)) slot.worker.terminate();
    this.#queue = [];
  }

  #end(slot: Slot, runId: string): Promise<void> {
    return new Promise<void>((resolve) => {
      slot.ending.set(runId, resolve);
      slot.runs.delete(runId);
      for (const key of slot.fns) if (key.startsWith(runId + ":")) slot.fns.delete(key);
      this.#post(slot, { type: "end", runId });
    });
  }

  #createSlot(index: number): Slot {
    const worker = this.#spawn();
    const slot: Slot = {
      name: `worker-${index + 1}`,
      index,
      worker,
      ready: true,
      quick: undefined,
      inflight: new Map(),
      runs: new Set(),
      fns: new Set(),
      ending: new Map(),
    };
    worker.onmessage = (e: MessageEvent<FromWorker>) => this.#receive(slot, e.data);
    worker.onerror = (e) => {
      // An error nothing inside the worker caught, e.g. out of memory: the worker is gone.
      e.preventDefault();
      const at = e.filename ? `\n    at ${e.filename}:${e.lineno}:${e.colno}` : "";
      this.#replace(
        slot,
        undefined,
        `${slot.name} crashed${e.message ? `: ${e.message}` : ""}`,
        at,
      );
    };
    return slot;
  }

  /** Terminates a slot's worker and starts a fresh one in its place. */
  #replace(slot: Slot, cancelledRun?: string, crash?: string, stack = ""): void {
    slot.worker.terminate();
    const fresh = this.#createSlot(slot.index);
    this.#slots[slot.index] = fresh;
    for (const resolve of slot.ending.values()) resolve();
    const requeue: PoolJob[] = [];
    for (const job of slot.inflight.values()) {
      if (job.runId === cancelledRun) continue;
      if (crash)
        job.onSettle({
          ok: false,
          error: { name: "WorkerCrash", message: crash, stack: crash + stack },
        });
      else requeue.push(job);
    }
    this.#queue.unshift(...requeue);
    this.#pump();
  }

  #receive(slot: Slot, m: FromWorker): void {
    if (this.#slots[slot.index] !== slot) return;
    switch (m.type) {
      case "ready":
        slot.ready = true;
        this.#pump();
        return;
      case "settled": {
        const job = slot.inflight.get(m.taskId);
        slot.inflight.delete(m.taskId);
        if (m.ready) slot.ready = true;
        slot.quick =
          job && m.syncEnd - m.start < PREFETCH_BELOW_MS ? `${job.runId}:${job.fnId}` : undefined;
        const times = { start: m.start, syncEnd: m.syncEnd, end: m.end };
        job?.onSettle(
          m.ok ? { ok: true, value: m.value, times } : { ok: false, error: m.error, times },
        );
        this.#pump();
        return;
      }
      case "log":
        this.#runs.get(m.runId)?.onLog(m.lines);
        return;
      case "error":
        this.#runs.get(m.runId)?.onError(m.error);
        return;
      case "ended":
        slot.ending.get(m.runId)?.();
        slot.ending.delete(m.runId);
    }
  }

  /**
   * Free workers take tasks first. Then a busy worker whose last task of the same function
   * was quick takes the next one early: it waits in the worker's own queue instead of across
   * a round trip to the page, which would otherwise dominate tiny tasks. Nothing else is ever
   * queued behind a running task, so slow or blocking tasks (two that wait for each other
   * with Atomics.wait) always get a worker of their own.
   */
  #pump(): void {
    for (const early of [false, true]) {
      for (const slot of this.#slots) {
        while (this.#queue.length > 0) {
          const i = this.#queue.findIndex(
            (j) => j.slots > slot.index && this.#takes(slot, j, early),
          );
          if (i < 0) break;
          const [job] = this.#queue.splice(i, 1);
          this.#dispatch(slot, job!);
        }
      }
    }
  }

  #takes(slot: Slot, job: PoolJob, early: boolean): boolean {
    if (slot.ready) return true;
    return (
      early && slot.inflight.size < PREFETCH_DEPTH && slot.quick === `${job.runId}:${job.fnId}`
    );
  }

  #dispatch(slot: Slot, job: PoolJob): void {
    const run = this.#runs.get(job.runId);
    const fn = run?.fns.get(job.fnId);
    if (!run || !fn) return;
    if (!slot.runs.has(run.runId)) {
      slot.runs.add(run.runId);
      this.#post(slot, {
        type: "run",
        runId: run.runId,
        origin: run.origin,
        mode: run.mode,
        tag: run.tag,
        thread: slot.name,
        ...(run.stop ? { stop: run.stop.buffer as SharedArrayBuffer } : {}),
      });
    }
    const key = `${run.runId}:${job.fnId}`;
    if (!slot.fns.has(key)) {
      slot.fns.add(key);
      this.#post(slot, { type: "fn", runId: run.runId, fnId: job.fnId, ...fn });
    }
    const taskId = ++this.#taskIds;
    try {
      this.#post(
        slot,
        { type: "task", runId: run.runId, taskId, fnId: job.fnId, args: job.args },
        job.transfer,
      );
    } catch (e) {
      // The compiler's guards are noise in the engine's description of the value.
      const detail = withoutGuards(e instanceof Error ? e.message : String(e));
      const message = `An argument of this task can't be sent to a worker (only structured-cloneable data can travel: no functions, symbols or DOM nodes). ${detail}`;
      job.onSettle({ ok: false, error: { name: "DataCloneError", message } });
      return;
    }
    slot.ready = false;
    slot.inflight.set(taskId, job);
    job.onStart(slot.name);
  }

  #post(slot: Slot, msg: ToWorker, transfer: Transferable[] = []): void {
    slot.worker.postMessage(msg, transfer);
  }
}
