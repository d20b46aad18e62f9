import { functionOrigin, type FunctionOrigin } from "../compile/function-origin.ts";
import { STOP_NAMES } from "../compile/guard-text.ts";
import { RUN_GLOBALS } from "../compile/wrapper.ts";
import { hardwareConcurrency } from "../lab/cores.ts";
import { createLab, LAB_EXPORTS, type Lab } from "../lab/create-lab.ts";
import type { MapOptions } from "../lab/lab.d.ts";
import {
  mainThreadExecutor,
  poolExecutor,
  TaskError,
  type Executor,
  type TaskTracker,
} from "../pool/executors.ts";
import type { PoolRun, WorkerPool } from "../pool/worker-pool.ts";
import type { RunEnv, TaskChecker } from "./run-env.ts";
import { createTaskTracking } from "./task-tracker.ts";
import type { LogLine, Mode, RunRequest, TaskTrace } from "../types.ts";

type TaskFn = (...args: unknown[]) => unknown;

/** The parts of a run the lab helpers report to. */
export interface LabHost {
  runId: string;
  tag: string;
  /** The run's start, on the absolute clock workers share. */
  origin: number;
  now: () => number;
  req: RunRequest;
  /** Throws once the run must stop: `spin` calls it while it busy-waits. */
  poll: () => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  onTask: (t: TaskTrace) => void;
  onWorkerLog: (lines: LogLine[]) => void;
  check: () => void;
  env: RunEnv;
  fail: (e: unknown) => void;
}

/** Names the run's wrapper provides to the snippet on the main thread. */
const WRAPPER_GLOBALS = new Set<string>([...RUN_GLOBALS, ...STOP_NAMES]);

const sharedMemory = () =>
  typeof SharedArrayBuffer === "function" && globalThis.crossOriginIsolated === true;

/** The `lab` module of one main-thread run, plus the bookkeeping the run needs from it. */
export function createMainLab(host: LabHost) {
  const { req, now } = host;
  const workers = req.workers > 0 ? req.workers : hardwareConcurrency();
  const aliases: Record<string, string> = {};
  const sites = new WeakMap<object, string>();
  const fnIds = new WeakMap<TaskFn, number>();
  const origins = new Map<number, FunctionOrigin>();
  const snippetNames = new Set(
    req.program ? Object.values(req.program.modules).flatMap((m) => m.names) : req.code?.names,
  );
  const tracking = createTaskTracking(host.runId, now, host.onTask, host.check);
  let groups = 0;
  let pool: WorkerPool | undefined;
  let poolRun: PoolRun | undefined;
  let checker: TaskChecker | undefined;

  // A name the snippet declares is main-thread state, even if a global shares it.
  const isAvailable = (n: string) => {
    if (Object.hasOwn(aliases, n) || WRAPPER_GLOBALS.has(n)) return true;
    if (snippetNames.has(n)) return false;
    return n in globalThis || (LAB_EXPORTS as readonly string[]).includes(n);
  };

  function getPool(): { pool: WorkerPool; run: PoolRun } {
    if (!host.env.pool) throw new Error("The worker pool is not available in this environment");
    if (!pool || !poolRun) {
      pool = host.env.pool();
      poolRun = {
        runId: host.runId,
        origin: host.origin,
        mode: req.mode,
        tag: host.tag,
        fns: new Map(),
        onLog: host.onWorkerLog,
        onError: (e) => host.fail(new TaskError(e, "")),
        ...(sharedMemory() ? { stop: new Int32Array(new SharedArrayBuffer(4)) } : {}),
      };
      pool.register(poolRun);
    }
    return { pool, run: poolRun };
  }

  function fnId(fn: TaskFn): number {
    let id = fnIds.get(fn);
    if (id !== undefined) return id;
    if (typeof fn !== "function")
      throw new TypeError(`A task must be a function, not ${typeof fn}`);
    const source = Function.prototype.toString.call(fn);
    const problem = checker?.(source, fn.name, isAvailable);
    if (problem) throw Object.assign(new Error(problem), { name: "TaskFunctionError" });
    const { run } = getPool();
    id = run.fns.size + 1;
    run.fns.set(id, { source, name: fn.name, imports: { ...aliases } });
    const origin = originOf(req, source);
    if (origin) origins.set(id, origin);
    fnIds.set(fn, id);
    return id;
  }

  async function executorFor(mode: Mode, size: number, chunksize?: number): Promise<Executor> {
    if (mode === "serial" || mode === "concurrent") return mainThreadExecutor(mode === "serial");
    if (mode !== "pool")
      throw new Error(`Unknown mode "${String(mode)}": use "serial", "concurrent" or "pool"`);
    checker ??= await host.env.loadChecker();
    return poolExecutor({ pool: getPool().pool, runId: host.runId, fnId }, size, chunksize);
  }

  /** Remembers where a failed call was made, to locate errors that have no frame of their own. */
  async function located<T>(site: string | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (e !== null && typeof e === "object" && site) sites.set(e, site);
      throw e;
    }
  }

  async function mapWith(exec: Executor, fn: TaskFn, items: Iterable<unknown>, group: number) {
    const list = [...items];
    exec.prepare?.(fn);
    const task = (i: number): TaskTracker => tracking.track(group, i);
    if (!exec.sequential) return Promise.all(list.map((x, i) => exec.execute(fn, [x, i], task(i))));
    const results: unknown[] = [];
    for (let i = 0; i < list.length; i++)
      results.push(await exec.execute(fn, [list[i], i], task(i)));
    return results;
  }

  function createPool(size?: number) {
    const n = size && size > 0 ? Math.floor(size) : workers;
    const group = ++groups;
    let index = 0;
    let closed = false;
    const ready = executorFor("pool", n);
    ready.catch(() => {});
    const open = () => {
      if (closed) throw new Error("This pool was closed");
    };
    return {
      size: n,
      submit(fn: TaskFn, ...args: unknown[]) {
        return located(new Error().stack, async () => {
          open();
          const exec = await ready;
          exec.prepare?.(fn);
          return exec.execute(fn, args, tracking.track(group, index++));
        });
      },
      map(fn: TaskFn, items: Iterable<unknown>) {
        return located(new Error().stack, async () => {
          open();
          return mapWith(await ready, fn, items, group);
        });
      },
      close() {
        closed = true;
      },
    };
  }

  const api: Lab = createLab({
    thread: "main",
    mode: req.mode,
    now,
    setTimeout: host.setTimeout,
    clearTimeout: host.clearTimeout,
    tick: host.poll,
    map: ((fn: TaskFn, items: Iterable<unknown>, options: MapOptions = {}) =>
      located(new Error().stack, async () => {
        const group = ++groups;
        const { on = req.mode, workers: size = workers, chunksize } = options;
        const exec = await executorFor(on, size, chunksize);
        return mapWith(exec, fn, items, group);
      })) as Lab["map"],
    createPool: createPool as Lab["createPool"],
  });

  return {
    api,
    importLab: (map: Record<string, string>) => {
      Object.assign(aliases, map);
      return api;
    },
    outstanding: tracking.outstanding,
    taskCount: tracking.count,
    lanes: tracking.lanes,
    poolIfUsed: () => pool,
    siteOf: (e: unknown) => (e !== null && typeof e === "object" ? sites.get(e) : undefined),
    functionOrigins: (): ReadonlyMap<number, FunctionOrigin> => origins,
  };
}

export type MainLab = ReturnType<typeof createMainLab>;

/** Where a task function's source sits in the snippet, or in one of a program's files. */
function originOf(req: RunRequest, source: string): FunctionOrigin | undefined {
  if (req.code) return functionOrigin(req.code.code, source);
  for (const [file, mod] of Object.entries(req.program?.modules ?? {})) {
    const origin = functionOrigin(mod.code, source);
    if (origin) return { ...origin, file };
  }
  return undefined;
}
