import { createAfterTurn } from "./after-turn.ts";
import { absoluteNow, runClock } from "./clock.ts";
import { createRunConsole } from "./console.ts";
import { TaskError } from "./executors.ts";
import { createGuard } from "./guard.ts";
import { createRunLab, type LabHost } from "./run-lab.ts";
import { OutputBuffer } from "./output.ts";
import type { WorkerPool } from "./pool.ts";
import { WRAPPER_PARAMS } from "./wrapper-params.ts";
import { createTimers } from "./timers.ts";
import type { LogLevel, RunHandle, RunHandlers, RunRequest, RunSummary } from "./types.ts";

/** What a run needs from its environment: the pool (browser only) and the task checker. */
export interface RunEnv {
  pool?: () => WorkerPool;
  loadChecker: () => Promise<typeof import("./free-vars.ts").taskFunctionProblem>;
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...a: unknown[]) => Promise<void>;
const afterTurn = createAfterTurn();
const byPlayground = new Map<string, RunHandle>();
/** Runs in progress, for errors that surface outside them (unhandled rejections). */
export const activeRuns = new Map<string, { tag: string; fail(e: unknown): void }>();
let runCount = 0;

export function startRun(req: RunRequest, handlers: RunHandlers, env: RunEnv): RunHandle {
  const runId = `run-${++runCount}-${Math.random().toString(36).slice(2, 8)}`;
  const tag = (req.id ?? runId).replace(/[^\w-]/g, "_");
  // A new run of a playground replaces its previous one: timers, intervals and tasks go.
  byPlayground.get(tag)?.cancel();

  const origin = absoluteNow();
  const now = runClock(origin);
  const out = new OutputBuffer((lines) => handlers.onLog?.(lines));
  const log = (level: LogLevel, text: string, loc?: { line: number; column: number }) =>
    out.push({ t: now(), thread: "main", level, text, ...(loc ? { loc } : {}) });

  let bodyDone = false;
  let finished = false;
  let cancelled = false;
  let failure: unknown;
  let exportsObj: Record<string, unknown> = {};
  let resolveSummary!: (s: RunSummary) => void;
  const promise = new Promise<RunSummary>((r) => (resolveSummary = r));

  const fail = (e: unknown) => {
    if (finished) return;
    failure ??= e;
    void finish();
  };
  const check = () => {
    if (!finished && bodyDone && timers.pending() === 0 && lab.outstanding() === 0) void finish();
  };
  const timers = createTimers(fail, () => queueMicrotask(check));
  const guard = createGuard({
    budgetMs: req.budgetMs ?? 10_000,
    now: () => performance.now(),
    afterTurn,
    onTrip: fail,
  });
  const host: LabHost = {
    runId,
    tag,
    origin,
    now,
    req,
    guard,
    setTimeout: (fn, ms) => timers.setTimeout(fn, ms),
    clearTimeout: (id) => timers.clearTimeout(id as number),
    onTask: (t) => handlers.onTask?.(t),
    onWorkerLog: (lines) => lines.forEach((l) => out.push(l)),
    check,
    env,
    fail,
  };
  const lab = createRunLab(host);

  async function finish(): Promise<void> {
    finished = true;
    const wallMs = now();
    activeRuns.delete(runId);
    if (byPlayground.get(tag) === handle) byPlayground.delete(tag);
    const ended = new Error("This run has ended");
    guard.trip(ended);
    timers.clearAll();
    const pool = lab.poolIfUsed();
    if (pool && (cancelled || failure !== undefined)) pool.cancelRun(runId);
    else if (pool) await pool.endRun(runId);
    let error: RunSummary["error"];
    if (failure !== undefined && !cancelled) {
      error = await describe(failure);
      const thread = failure instanceof TaskError ? failure.lane || "main" : "main";
      const loc = error.line ? { line: error.line, column: error.column ?? 1 } : undefined;
      out.push({
        t: now(),
        thread,
        level: "error",
        text: error.message + (loc ? ` (line ${loc.line})` : ""),
        ...(loc ? { loc } : {}),
      });
    }
    out.close(now());
    resolveSummary({
      runId,
      ok: failure === undefined && !cancelled,
      cancelled,
      mode: req.mode,
      workers: req.workers,
      wallMs,
      tasks: lab.taskCount(),
      lanes: lab.lanes(),
      ...(error ? { error } : {}),
      exports: exportsObj,
    });
  }

  async function describe(e: unknown): Promise<NonNullable<RunSummary["error"]>> {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : `Uncaught ${String(e)}`;
    if (!(e instanceof Error)) return { message };
    const { locateInStack } = await import("./locate.ts");
    const stacks = [e instanceof TaskError ? e.workerStack : undefined, e.stack, lab.siteOf(e)];
    for (const stack of stacks) {
      const pos = locateInStack(stack, tag, req.code.map, lab.functionOrigins());
      if (pos) return { message, line: pos.line, column: pos.column };
    }
    return { message };
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
  byPlayground.set(tag, handle);
  activeRuns.set(runId, { tag, fail });
  req.signal?.addEventListener("abort", () => handle.cancel(), { once: true });
  if (req.signal?.aborted) handle.cancel();

  const console = createRunConsole(log);
  const exportsFn = (o: Record<string, unknown>) => void (exportsObj = { ...exportsObj, ...o });
  if (finished) return handle;
  try {
    const body = new AsyncFunction(
      ...WRAPPER_PARAMS,
      `${req.code.code}\n//# sourceURL=playground-${tag}.ts`,
    );
    const t = timers;
    body(
      lab.api,
      lab.importLab,
      exportsFn,
      guard,
      console,
      t.setTimeout,
      t.setInterval,
      t.clearTimeout,
      t.clearInterval,
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
