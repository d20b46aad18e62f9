import { WorkerHalt } from "./halt.ts";
import { createAfterTurn } from "../lab/after-turn.ts";
import { runClock } from "../lab/clock.ts";
import { createRunConsole } from "../lab/console.ts";
import { createLab } from "../lab/create-lab.ts";
import { OutputBuffer } from "../lab/output.ts";
import { createTimers, type RunTimers } from "../lab/timers.ts";
import { unwrapTransfer } from "../lab/transfer.ts";
import { toWireError, type FromWorker, type SettledTask, type ToWorker } from "../pool/protocol.ts";
import { buildTaskFunction, type TaskFn, type TaskScope } from "./task-function.ts";

export type Post = (msg: FromWorker, transfer?: Transferable[]) => void;
/** Where a settled task goes: posted at once, or collected into a batch. */
type Send = (msg: SettledTask, transfer?: Transferable[]) => void;

/** Per-run state inside one pool worker. */
interface WorkerRun extends TaskScope {
  thread: string;
  now: () => number;
  timers: RunTimers;
  out: OutputBuffer;
  fns: Map<number, TaskFn>;
}

type Msg<T extends ToWorker["type"]> = Extract<ToWorker, { type: T }>;

/**
 * A pool worker's message handling, apart from `self` so Node tests can drive it:
 * `onMessage` takes what the page sends; `onUnhandledRejection` says whether it claimed one.
 */
export function createWorkerHandler(post: Post) {
  const runs = new Map<string, WorkerRun>();
  const afterTurn = createAfterTurn();

  function startRun(m: Msg<"run">): void {
    const { thread, runId } = m;
    const now = runClock(m.origin);
    const timers = createTimers(
      (e) => post({ type: "error", runId, error: toWireError(e) }),
      () => {},
    );
    const out = new OutputBuffer((lines) => post({ type: "log", runId, lines }));
    const console = createRunConsole((level, text) => out.push({ t: now(), thread, level, text }));
    const stop = m.stop ? new Int32Array(m.stop) : new Int32Array(1);
    const lab = createLab({
      thread,
      mode: m.mode,
      now,
      setTimeout: (fn, ms) => timers.setTimeout(fn, ms),
      clearTimeout: (id) => timers.clearTimeout(id as number),
      tick: () => {
        if (stop[0] !== 0) throw new WorkerHalt();
      },
      // Tasks cannot reach the pool from a worker; a map inside one runs on this thread.
      map: (fn, items) => Promise.all([...items].map((item, i) => fn(item, i))),
      createPool: () => {
        throw new Error("createPool() works on the main thread only, not inside a task");
      },
    });
    runs.set(runId, {
      tag: m.tag,
      thread,
      now,
      lab,
      console,
      timers,
      out,
      fns: new Map(),
      stop,
      Halt: WorkerHalt,
    });
  }

  function defineFunction(m: Msg<"fn">): void {
    const run = runs.get(m.runId);
    run?.fns.set(m.fnId, buildTaskFunction(run, m.fnId, m.source, m.name, m.imports));
  }

  function runTask(m: Msg<"task">, send: Send = post): void {
    const run = runs.get(m.runId);
    const fn = run?.fns.get(m.fnId);
    if (!run || !fn) {
      // Never leave the page waiting on a task this worker cannot run.
      const error = { name: "Error", message: "This worker lost track of the run; run again" };
      const { runId, taskId } = m;
      const never = { start: 0, syncEnd: 0, end: 0 };
      send({ type: "settled", runId, taskId, ok: false, error, ...never, ready: true });
      return;
    }
    const start = run.now();
    let result: unknown;
    try {
      result = fn(...m.args);
    } catch (e) {
      settle(send, run, m, { start, syncEnd: run.now() }, false, e, true);
      return;
    }
    const times = { start, syncEnd: run.now() };
    if (!(result instanceof Promise)) {
      settle(send, run, m, times, true, result, true);
      return;
    }
    // Pull model: take the next task once this one's synchronous part is done, so async tasks
    // overlap here while CPU-bound ones spread over the pool.
    afterTurn(() => post({ type: "ready", runId: m.runId }));
    result.then(
      (v) => settle(post, run, m, times, true, v, false),
      (e) => settle(post, run, m, times, false, e, false),
    );
  }

  /** Runs a batch back to back; what settles synchronously goes back in one message. */
  function runTasks(m: Msg<"tasks">): void {
    const done: { msg: SettledTask; transfer: Transferable[] }[] = [];
    for (const { taskId, args } of m.tasks) {
      const task = { type: "task", runId: m.runId, fnId: m.fnId, taskId, args } as const;
      runTask(task, (msg, transfer = []) => done.push({ msg, transfer }));
    }
    if (done.length === 0) return;
    try {
      post(
        { type: "batch", settled: done.map((d) => d.msg) },
        done.flatMap((d) => d.transfer),
      );
    } catch {
      // One result that cannot travel must not take the others with it.
      for (const { msg, transfer } of done) postSettled(post, msg, transfer);
    }
  }

  function settle(
    send: Send,
    run: WorkerRun,
    m: Msg<"task">,
    times: { start: number; syncEnd: number },
    ok: boolean,
    v: unknown,
    ready: boolean,
  ): void {
    if (!runs.has(m.runId)) return;
    run.out.flush();
    const { runId, taskId } = m;
    const base = { type: "settled", runId, taskId, ...times, end: run.now(), ready } as const;
    if (!ok) {
      send({ ...base, ok: false, error: toWireError(v) });
      return;
    }
    const { value, list } = unwrapTransfer(v);
    postSettled(send, { ...base, ok: true, value }, list);
  }

  function endRun(runId: string): void {
    const run = runs.get(runId);
    runs.delete(runId);
    if (run) {
      run.timers.clearAll();
      run.out.close(run.now(), run.thread);
    }
    post({ type: "ended", runId });
  }

  return {
    onMessage(m: ToWorker): void {
      if (m.type === "run") startRun(m);
      else if (m.type === "fn") defineFunction(m);
      else if (m.type === "task") runTask(m);
      else if (m.type === "tasks") runTasks(m);
      else endRun(m.runId);
    },
    /** A rejection nobody awaited inside a task; with one run active it must be that run's. */
    onUnhandledRejection(reason: unknown): boolean {
      if (runs.size !== 1) return false;
      const [runId] = runs.keys();
      post({ type: "error", runId: runId!, error: toWireError(reason) });
      return true;
    },
  };
}

/** Sends a settled task; a result that cannot be cloned becomes the task's error. */
function postSettled(send: Send, msg: SettledTask, transfer: Transferable[]): void {
  try {
    send(msg, transfer);
  } catch (e) {
    const error = new Error(
      `The task's result can't be sent back to the page: ${(e as Error).message}`,
    );
    error.name = "DataCloneError";
    const { type, runId, taskId, start, syncEnd, end, ready } = msg;
    send({ type, runId, taskId, start, syncEnd, end, ready, ok: false, error: toWireError(error) });
  }
}
