import { automaticBatch, batchLength, cloneError, introductions } from "./dispatch.ts";
import type { PoolJob, PoolRun, Slot } from "./jobs.ts";
import type { FromWorker, SettledTask, ToWorker } from "./protocol.ts";

export type { PoolJob, PoolRun, Settled } from "./jobs.ts";

/** The value of a run's stop flag once it is over (see run/stop-flag.ts). */
const RUN_ENDED = 2;

/** A task that computed for less than this (ms) is quick: its worker may take the next early. */
const PREFETCH_BELOW_MS = 1;
/** Task messages a quick worker may hold at once: the one it runs and the next. */
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
      messages: 0,
      batchOf: new Map(),
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
      case "settled":
        this.#settled(slot, m);
        this.#pump();
        return;
      case "batch":
        for (const one of m.settled) this.#settled(slot, one);
        this.#pump();
        return;
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

  #settled(slot: Slot, m: SettledTask): void {
    const job = slot.inflight.get(m.taskId);
    slot.inflight.delete(m.taskId);
    const batch = slot.batchOf.get(m.taskId);
    slot.batchOf.delete(m.taskId);
    if (batch && --batch.left === 0) slot.messages--;
    if (m.ready) slot.ready = true;
    // Only a task that settled synchronously and fast makes its function quick here: an
    // async one's worker is free again as soon as it reports "ready".
    slot.quick =
      job && m.ready && m.syncEnd - m.start < PREFETCH_BELOW_MS
        ? { runId: job.runId, fnId: job.fnId }
        : undefined;
    const times = { start: m.start, syncEnd: m.syncEnd, end: m.end };
    job?.onSettle(
      m.ok ? { ok: true, value: m.value, times } : { ok: false, error: m.error, times },
    );
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
        // A pump follows every submitted and every settled task. Scanning the queue for a
        // worker that can take nothing made dispatch quadratic in the queue's length (a
        // 1000-task map spent most of its time here), so such a worker is skipped outright.
        while (this.#queue.length > 0 && this.#mayTake(slot, early)) {
          // The first job this slot may run, in queue order; a busy slot takes it only if it
          // is more of the same function, and never reaches past it.
          const i = this.#queue.findIndex((j) => j.slots > slot.index);
          if (i < 0 || !this.#takes(slot, this.#queue[i]!)) break;
          this.#dispatch(slot, this.#queue.splice(i, this.#batchFrom(slot, i)));
        }
      }
    }
  }

  /** Whether the slot may take any job in this pass of the pump. */
  #mayTake(slot: Slot, early: boolean): boolean {
    if (slot.ready) return true;
    return early && slot.quick !== undefined && slot.messages < PREFETCH_DEPTH;
  }

  /** Whether a slot that may take work takes this job: a busy one only more of the same. */
  #takes(slot: Slot, job: PoolJob): boolean {
    return slot.ready || this.#quickHere(slot, job);
  }

  /** Jobs from queue position `i` that go to the slot in one message. */
  #batchFrom(slot: Slot, i: number): number {
    const job = this.#queue[i]!;
    // A call's own chunksize wins; otherwise only a function known to be quick here batches.
    if (job.chunksize !== undefined) return batchLength(this.#queue, i, slot, job.chunksize);
    if (!this.#quickHere(slot, job)) return 1;
    return batchLength(
      this.#queue,
      i,
      slot,
      automaticBatch(this.#queue.length, this.#slots.length),
    );
  }

  #quickHere(slot: Slot, job: PoolJob): boolean {
    return slot.quick?.runId === job.runId && slot.quick.fnId === job.fnId;
  }

  /** Sends jobs of one function (one, or a batch of a quick one) to a slot. */
  #dispatch(slot: Slot, jobs: PoolJob[]): void {
    const first = jobs[0]!;
    const run = this.#runs.get(first.runId);
    const fn = run?.fns.get(first.fnId);
    if (!run || !fn) return;
    for (const msg of introductions(slot, run, first.fnId, fn)) this.#post(slot, msg);
    const ids = jobs.map(() => ++this.#taskIds);
    if (jobs.length > 1) {
      const tasks = jobs.map((job, k) => ({ taskId: ids[k]!, args: job.args }));
      try {
        this.#post(slot, { type: "tasks", runId: run.runId, fnId: first.fnId, tasks });
      } catch {
        // Some argument cannot travel: send them one by one, so only that task fails.
        for (const job of jobs) this.#dispatch(slot, [job]);
        return;
      }
    } else {
      const task = { type: "task", runId: run.runId, taskId: ids[0]!, fnId: first.fnId } as const;
      try {
        this.#post(slot, { ...task, args: first.args }, first.transfer);
      } catch (e) {
        first.onSettle({ ok: false, error: cloneError(e) });
        return;
      }
    }
    slot.ready = false;
    slot.messages++;
    const batch = { left: jobs.length };
    jobs.forEach((job, k) => {
      slot.inflight.set(ids[k]!, job);
      slot.batchOf.set(ids[k]!, batch);
      job.onStart(slot.name);
    });
  }

  #post(slot: Slot, msg: ToWorker, transfer: Transferable[] = []): void {
    // Most tasks transfer nothing; an empty transfer list still costs a little per message.
    if (transfer.length) slot.worker.postMessage(msg, transfer);
    else slot.worker.postMessage(msg);
  }
}
