import { snippetBody, WRAPPER_PARAMS } from "../compile/wrapper.ts";
import { createRunConsole } from "../lab/console.ts";
import { OutputBuffer } from "../lab/output.ts";
import { createTimers } from "../lab/timers.ts";
import { DEFAULT_BUDGET_MS } from "../modes.ts";
import { TaskError } from "../pool/executors.ts";
import type { LogLevel, RunHandle, RunHandlers, RunRequest, RunResult } from "../types.ts";
import { describeFailure } from "./describe-failure.ts";
import { createMainLab } from "./main-lab.ts";
import type { RunEnv } from "./run-env.ts";
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
  const log = (level: LogLevel, text: string) =>
    out.push({ t: now(), thread: "main", level, text });

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
  const check = () => {
    if (!finished && bodyDone && timers.pending() === 0 && lab.outstanding() === 0) void finish();
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
    setTimeout: (fn, ms) => timers.setTimeout(fn, ms),
    clearTimeout: (id) => timers.clearTimeout(id as number),
    onTask: (t) => handlers.onTask?.(t),
    onWorkerLog: (lines) => lines.forEach((l) => out.push(l)),
    check,
    env,
    fail,
  });

  async function finish(): Promise<void> {
    finished = true;
    const wallMs = now();
    env.active.delete(runId);
    if (env.byTag.get(tag) === handle) env.byTag.delete(tag);
    stop.end();
    watched?.release();
    timers.clearAll();
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
      const thread = e instanceof TaskError ? e.lane || "main" : "main";
      const described = await describeFailure(e, tag, req.code.map, lab);
      result = { ...base, status: "failed", error: { ...described, thread, t: wallMs } };
    } else result = { ...base, status: "finished", exports: exportsObj };
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
  const exportsFn = (o: Record<string, unknown>) => void (exportsObj = { ...exportsObj, ...o });
  try {
    const body = new AsyncFunction(...WRAPPER_PARAMS, snippetBody(req.code.code, tag));
    const t = timers;
    body(
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
    )
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
