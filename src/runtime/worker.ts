/// <reference lib="webworker" />
import { createAfterTurn } from "./after-turn.ts";
import { runClock } from "./clock.ts";
import { createRunConsole } from "./console.ts";
import { createLab, LAB_EXPORTS, unwrapTransfer, type Lab } from "./lab-core.ts";
import { OutputBuffer } from "./output.ts";
import { toWireError, type FromWorker, type ToWorker } from "./protocol.ts";
import { createTimers, type RunTimers } from "./timers.ts";
import { blankGuards } from "./guard-text.ts";

/** Per-run state inside one pool worker. */
interface WorkerRun {
  tag: string;
  thread: string;
  now: () => number;
  lab: Lab;
  console: Partial<Console>;
  timers: RunTimers;
  out: OutputBuffer;
  fns: Map<number, (...args: unknown[]) => unknown>;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
const runs = new Map<string, WorkerRun>();
const afterTurn = createAfterTurn();
const post = (msg: FromWorker, transfer: Transferable[] = []) => scope.postMessage(msg, transfer);

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if (m.type === "run") startRun(m);
  else if (m.type === "fn") defineFunction(m);
  else if (m.type === "task") runTask(m);
  else endRun(m.runId);
};

function startRun(m: Extract<ToWorker, { type: "run" }>): void {
  const thread = m.thread;
  const now = runClock(m.origin);
  const timers = createTimers(
    (e) => post({ type: "error", runId: m.runId, error: toWireError(e) }),
    () => {},
  );
  const out = new OutputBuffer((lines) => post({ type: "log", runId: m.runId, lines }));
  const console = createRunConsole((level, text) => out.push({ t: now(), thread, level, text }));
  const lab = createLab({
    thread,
    mode: m.mode,
    now,
    setTimeout: (fn, ms) => timers.setTimeout(fn, ms),
    clearTimeout: (id) => timers.clearTimeout(id as number),
    tick: () => {},
    // Tasks cannot reach the pool from a worker; a map inside one runs on this thread.
    map: (fn, items) => Promise.all([...items].map((item, i) => fn(item, i))),
    createPool: () => {
      throw new Error("createPool() works on the main thread only, not inside a task");
    },
  });
  runs.set(m.runId, { tag: m.tag, thread, now, lab, console, timers, out, fns: new Map() });
}

function defineFunction(m: Extract<ToWorker, { type: "fn" }>): void {
  const run = runs.get(m.runId);
  if (!run) return;
  const aliases = Object.entries(m.imports);
  const names = [...LAB_EXPORTS, ...aliases.map(([local]) => local), "console", "close"];
  const t = run.timers;
  const values = [
    ...LAB_EXPORTS.map((n) => run.lab[n]),
    ...aliases.map(([, imported]) => (imported === "*" ? run.lab : run.lab[imported as keyof Lab])),
    run.console,
    closeInTask,
  ];
  const timerNames = ["setTimeout", "setInterval", "clearTimeout", "clearInterval"] as const;
  const url = `\n//# sourceURL=playground-${run.tag}-f${m.fnId}.ts`;
  // Workers need no loop guard (Stop terminates them): blank the calls out, keeping columns.
  const source = blankGuards(m.source);
  // Method shorthand (`work(x) {…}`) is not an expression on its own.
  const bodies = [
    `return (${source})${url}`,
    `return ({${source}})[${JSON.stringify(m.name)}]${url}`,
  ];
  for (const body of bodies) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- tasks arrive as source text by design
      const make = new Function(...names, ...timerNames, body) as (
        ...a: unknown[]
      ) => (...args: unknown[]) => unknown;
      run.fns.set(m.fnId, make(...values, ...timerNames.map((n) => t[n])));
      return;
    } catch (e) {
      if (!(e instanceof SyntaxError) || body === bodies[1]) {
        run.fns.set(m.fnId, () => {
          throw e;
        });
      }
    }
  }
}

// The pool cannot tell a worker that closed itself from a busy one, so tasks may not close it.
function closeInTask(): never {
  throw new Error(
    "close() would end this pool worker for every later task; return from the task instead",
  );
}

function runTask(m: Extract<ToWorker, { type: "task" }>): void {
  const run = runs.get(m.runId);
  const fn = run?.fns.get(m.fnId);
  if (!run || !fn) {
    // Never leave the page waiting on a task this worker cannot run.
    const error = { name: "Error", message: "This worker lost track of the run; run again" };
    post({
      type: "settled",
      runId: m.runId,
      taskId: m.taskId,
      ok: false,
      error,
      start: 0,
      end: 0,
      ready: true,
    });
    return;
  }
  const start = run.now();
  let result: unknown;
  try {
    result = fn(...m.args);
  } catch (e) {
    settle(run, m, start, false, e, true);
    return;
  }
  if (!(result instanceof Promise)) {
    settle(run, m, start, true, result, true);
    return;
  }
  // Pull model: take the next task once this one's synchronous part is done, so async tasks
  // overlap here while CPU-bound ones spread over the pool.
  afterTurn(() => post({ type: "ready", runId: m.runId }));
  result.then(
    (v) => settle(run, m, start, true, v, false),
    (e) => settle(run, m, start, false, e, false),
  );
}

function settle(
  run: WorkerRun,
  m: { runId: string; taskId: number },
  start: number,
  ok: boolean,
  v: unknown,
  ready: boolean,
): void {
  if (!runs.has(m.runId)) return;
  run.out.flush();
  const base = {
    type: "settled",
    runId: m.runId,
    taskId: m.taskId,
    start,
    end: run.now(),
    ready,
  } as const;
  if (!ok) {
    post({ ...base, ok: false, error: toWireError(v) });
    return;
  }
  const { value, list } = unwrapTransfer(v);
  try {
    post({ ...base, ok: true, value }, list);
  } catch (e) {
    const error = new Error(
      `The task's result can't be sent back to the page: ${(e as Error).message}`,
    );
    error.name = "DataCloneError";
    post({ ...base, ok: false, error: toWireError(error) });
  }
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

scope.addEventListener("unhandledrejection", (event) => {
  // A rejection nobody awaited inside a task; with one run active it must be that run's.
  if (runs.size !== 1) return;
  event.preventDefault();
  const [runId] = runs.keys();
  post({ type: "error", runId: runId!, error: toWireError(event.reason) });
});
