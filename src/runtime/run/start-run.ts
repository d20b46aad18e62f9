import {
  RECORD_PARAMS,
  snippetBody,
  withoutRecorderCalls,
  WRAPPER_PARAMS,
} from "../compile/wrapper.ts";
import { createRunConsole } from "../lab/console.ts";
import { OutputBuffer } from "../lab/output.ts";
import { createTimers } from "../lab/timers.ts";
import { DEFAULT_BUDGET_MS } from "../modes.ts";
import { TaskError } from "../pool/executors.ts";
import type {
  LogLevel,
  LogLine,
  RunHandle,
  RunHandlers,
  RunRequest,
  RunResult,
  TaskTrace,
} from "../types.ts";
import { describeFailure } from "./describe-failure.ts";
import { createMainLab } from "./main-lab.ts";
import type { RunEnv } from "./run-env.ts";
import type { ProgramRun } from "./program-run.ts";
import { createRunStop } from "./stop-flag.ts";

/**
 * The page's `scheduler` (where the browser has one) as the snippet sees it: `yield()` lets
 * the browser handle input and rendering before the code goes on, so it counts as a turn for
 * the budget, though tasks such as timers may wait behind its continuation.
 */
function yieldingScheduler(turn: () => void): unknown {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (!scheduler) return undefined;
  return {
    postTask: scheduler.postTask.bind(scheduler),
    yield: () => {
      turn();
      return scheduler.yield();
    },
  };
}

interface Scheduler {
  postTask(callback: () => unknown, options?: object): Promise<unknown>;
  yield(): Promise<void>;
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...a: unknown[]) => Promise<void>;

/**
 * Runs a compiled snippet on this thread. It settles when the body, its timers and its tasks
 * are done, or on an error, Stop, or a new run of the same playground.
 */
export function startRun(req: RunRequest, handlers: RunHandlers, env: RunEnv): RunHandle {
  const runId = env.nextRunId();
  const tag = (req.id ?? runId).replace(/[^\w-]/g, "_");
  // A new run of a playground replaces its previous one: timers, intervals and tasks go.
  env.byTag.get(tag)?.cancel();

  const origin = env.now();
  const now = () => env.now() - origin;
  const out = new OutputBuffer((lines) => handlers.onLog?.(lines));
  // Only a recorded run (the Event loop view) has a recorder; plain runs pay nothing for it.
  const rec = req.recording?.attach(now);
  const log = (level: LogLevel, text: string) => {
    rec?.log(level, text);
    out.push({ t: now(), thread: "main", level, text });
  };

  let bodyDone = false;
  let finished = false;
  let cancelled = false;
  let failure: { error: unknown } | undefined;
  let exportsObj: Record<string, unknown> = {};
  let resolve!: (r: RunResult) => void;
  const promise = new Promise<RunResult>((r) => (resolve = r));

  const fail = (e: unknown) => {
    if (finished) return;
    failure ??= { error: e };
    void finish();
  };
  let program: ProgramRun | undefined;
  const check = () => {
    if (finished || !bodyDone || timers.pending() !== 0 || lab.outstanding() !== 0) return;
    if (program && !program.idle()) return;
    void finish();
  };
  const timers = createTimers(fail, () => queueMicrotask(check));
  const budgetMs = req.budgetMs ?? DEFAULT_BUDGET_MS;
  const watchdog = env.watchdog?.();
  const watched = watchdog?.watch(budgetMs);
  const stop = createRunStop({
    budgetMs,
    ...(watched ? { shared: watched.flag, beat: () => watchdog?.beat() } : {}),
    now: env.now,
    afterTurn: env.afterTurn,
    onTrip: fail,
  });
  const lab = createMainLab({
    runId,
    tag,
    origin,
    now,
    req,
    poll: stop.poll,
    setTimeout: (fn, ms) => timers.setTimeout(rec ? rec.labTimer(fn, ms) : fn, ms),
    clearTimeout: (id) => timers.clearTimeout(id as number),
    onTask: (t) => {
      rec?.task(t);
      handlers.onTask?.(t);
    },
    onWorkerLog: (lines) => {
      rec?.workerLog(lines);
      lines.forEach((l) => out.push(l));
    },
    check,
    env,
    fail,
  });

  async function finish(): Promise<void> {
    finished = true;
    const wallMs = now();
    rec?.end(wallMs);
    env.active.delete(runId);
    if (env.byTag.get(tag) === handle) env.byTag.delete(tag);
    stop.end();
    watched?.release();
    timers.clearAll();
    const leftRunning = program?.end();
    const pool = lab.poolIfUsed();
    if (pool && (cancelled || failure)) pool.cancelRun(runId);
    else if (pool) await pool.endRun(runId);
    const base = {
      runId,
      mode: req.mode,
      workers: req.workers,
      wallMs,
      tasks: lab.taskCount(),
      lanes: lab.lanes(),
    };
    let result: RunResult;
    if (cancelled) result = { ...base, status: "cancelled" };
    else if (failure) {
      const e = failure.error;
      const thread = threadOf(e);
      const described = program
        ? program.describe(e, lab, e instanceof TaskError ? e.workerStack : undefined)
        : await describeFailure(e, tag, req.code?.map ?? "{}", lab);
      if (rec) described.message = withoutRecorderCalls(described.message);
      result = { ...base, status: "failed", error: { ...described, thread, t: wallMs } };
    } else {
      if (leftRunning) log("system", leftRunning);
      result = { ...base, status: "finished", exports: exportsObj };
    }
    out.close(now());
    resolve(result);
  }

  const handle: RunHandle = {
    runId,
    promise,
    cancel() {
      if (finished) return;
      cancelled = true;
      void finish();
    },
  };
  env.byTag.set(tag, handle);
  env.active.set(runId, { tag, fail });
  req.signal?.addEventListener("abort", () => handle.cancel(), { once: true });
  if (req.signal?.aborted) handle.cancel();
  if (finished) return handle;

  const console = createRunConsole(log);
  if (req.program) {
    // A multi-file program: its entry is an ES module; its runner loads on first use.
    const log = (l: LogLine) => out.push(l);
    const onTask = (t: TaskTrace) => handlers.onTask?.(t);
    // A cell's console labels its lines with the cell's id; made here, where consoles are.
    const consoleFor = (thread: string) =>
      createRunConsole((level, text) => out.push({ t: now(), thread, level, text }));
    const host = {
      tag,
      runId,
      origin,
      now,
      console,
      consoleFor,
      timers,
      stop,
      lab,
      env,
      log,
      onTask,
      fail,
      check,
    };
    import("./program-run.ts")
      .then((m) => {
        if (finished) return;
        program = m.startProgram(req.program!, host);
        return program.evaluated.then(async (exports) => {
          exportsObj = exports;
          await req.afterBody?.(exportsObj);
          bodyDone = true;
          check();
        });
      })
      .catch(fail);
    return handle;
  }
  const exportsFn = (o: Record<string, unknown>) => void (exportsObj = { ...exportsObj, ...o });
  try {
    const params = rec ? [...WRAPPER_PARAMS, ...RECORD_PARAMS] : WRAPPER_PARAMS;
    const body = new AsyncFunction(...params, snippetBody(req.code!.code, tag));
    const t = rec ? rec.timers(timers) : timers;
    rec?.enterScript();
    const ran = body(
      lab.api,
      lab.importLab,
      exportsFn,
      stop.flag,
      stop.Halt,
      console,
      t.setTimeout,
      t.setInterval,
      t.clearTimeout,
      t.clearInterval,
      yieldingScheduler(stop.turn),
      ...(rec?.helpers ?? []),
    );
    rec?.exitScript();
    ran
      // Exercise checks call the learner's exports while the run (its pool,
      // timers and guard) is still live, so they run before the run ends.
      .then(() => req.afterBody?.(exportsObj))
      .then(() => {
        bodyDone = true;
        check();
      }, fail);
  } catch (e) {
    fail(e);
  }
  return handle;
}

/** The thread an error was thrown on: a pool worker's lane, a reader's worker, or main. */
function threadOf(e: unknown): string {
  if (e instanceof TaskError) return e.lane || "main";
  // reader-workers.ts's error, told by name so this file does not load that one.
  if (e instanceof Error && e.name === "ReaderWorkerError")
    return (e as Error & { thread: string }).thread;
  return "main";
}
