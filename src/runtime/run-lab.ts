import {
  mainThreadExecutor,
  poolExecutor,
  TaskError,
  type Executor,
  type TaskTracker,
} from "./executors.ts";
import type { Guard } from "./guard.ts";
import {
  createLab,
  hardwareConcurrency,
  LAB_EXPORTS,
  type Lab,
  type MapOptions,
} from "./lab-core.ts";
import type { FunctionOrigin } from "./locate.ts";
import type { PoolRun, WorkerPool } from "./pool.ts";
import type { RunEnv } from "./run-core.ts";
import type { LogLine, Mode, RunRequest, TaskTrace } from "./types.ts";

type TaskFn = (...args: unknown[]) => unknown;
type Checker = Awaited<ReturnType<RunEnv["loadChecker"]>>;

/** The parts of a run the lab helpers report to. */
export interface LabHost {
  runId: string;
  tag: string;
  origin: number;
  now: () => number;
  req: RunRequest;
  guard: Guard;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  onTask: ((t: TaskTrace) => void) | undefined;
  onWorkerLog: (lines: LogLine[]) => void;
  check: () => void;
  env: RunEnv;
  fail: (e: unknown) => void;
}

const WRAPPER_GLOBALS = new Set([
  "console",
  "setTimeout",
  "setInterval",
  "clearTimeout",
  "clearInterval",
  "__guard",
]);

/** The `lab` module of one main-thread run, plus the bookkeeping the run needs from it. */
export function createRunLab(host: LabHost) {
  const { req, now } = host;
  const workers = req.workers > 0 ? req.workers : hardwareConcurrency();
  const aliases: Record<string, string> = {};
  const sites = new WeakMap<object, string>();
  const fnIds = new WeakMap<TaskFn, number>();
  const origins = new Map<number, FunctionOrigin>();
  const laneSet = new Set<string>();
  let tasks = 0;
  let outstanding = 0;
  let groups = 0;
  let pool: WorkerPool | undefined;
  let poolRun: PoolRun | undefined;
  let checker: Checker | undefined;

  let snippetNames: Set<string> | undefined;
  // A name the snippet declares is main-thread state, even if a global shares it.
  const isAvailable = (n: string) => {
    if (Object.hasOwn(aliases, n) || WRAPPER_GLOBALS.has(n)) return true;
    snippetNames ??= new Set(
      (JSON.parse(req.code.map) as { x_looplab_names?: string[] }).x_looplab_names ?? [],
    );
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
    const at = req.code.code.indexOf(source);
    if (at >= 0) {
      const before = req.code.code.slice(0, at);
      origins.set(id, {
        line: before.split("\n").length,
        column: at - before.lastIndexOf("\n") - 1,
      });
    }
    fnIds.set(fn, id);
    return id;
  }

  async function executorFor(mode: Mode, size: number): Promise<Executor> {
    if (mode === "serial" || mode === "concurrent") return mainThreadExecutor(mode === "serial");
    if (mode !== "pool")
      throw new Error(`Unknown mode "${String(mode)}": use "serial", "concurrent" or "pool"`);
    checker ??= await host.env.loadChecker();
    return poolExecutor({ pool: getPool().pool, runId: host.runId, fnId }, size);
  }

  function tracker(group: number, index: number): TaskTracker {
    const t: TaskTrace = { runId: host.runId, index, lane: "", queued: now(), start: -1, group };
    tasks++;
    outstanding++;
    let done = false;
    return {
      start(lane) {
        t.lane = lane;
        t.start = now();
        laneSet.add(lane);
        host.onTask?.({ ...t });
      },
      end(ok, start, end) {
        if (done) return;
        done = true;
        if (!t.lane) t.lane = "main";
        if (start !== undefined) t.start = start;
        else if (t.start < 0) t.start = t.queued;
        t.end = end ?? now();
        t.ok = ok;
        outstanding--;
        host.onTask?.({ ...t });
        host.check();
      },
    };
  }

  async function mapWith(
    exec: Executor,
    fn: TaskFn,
    items: Iterable<unknown>,
    group: number,
    site?: string,
  ) {
    try {
      const list = [...items];
      exec.prepare?.(fn);
      if (!exec.sequential)
        return await Promise.all(list.map((x, i) => exec.execute(fn, [x, i], tracker(group, i))));
      const results: unknown[] = [];
      for (let i = 0; i < list.length; i++)
        results.push(await exec.execute(fn, [list[i], i], tracker(group, i)));
      return results;
    } catch (e) {
      if (e !== null && typeof e === "object" && site) sites.set(e, site);
      throw e;
    }
  }

  const api: Lab = createLab({
    thread: "main",
    mode: req.mode,
    now,
    setTimeout: host.setTimeout,
    clearTimeout: host.clearTimeout,
    tick: host.guard,
    async map(fn: TaskFn, items: Iterable<unknown>, options: MapOptions = {}) {
      const site = new Error().stack;
      const group = ++groups;
      const exec = await executorFor(options.on ?? req.mode, options.workers ?? workers);
      return mapWith(exec, fn, items, group, site);
    },
    createPool(size?: number) {
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
        async submit(fn: TaskFn, ...args: unknown[]) {
          const site = new Error().stack;
          open();
          const exec = await ready;
          try {
            exec.prepare?.(fn);
            return await exec.execute(fn, args, tracker(group, index++));
          } catch (e) {
            if (e !== null && typeof e === "object" && site) sites.set(e, site);
            throw e;
          }
        },
        async map(fn: TaskFn, items: Iterable<unknown>) {
          const site = new Error().stack;
          open();
          return mapWith(await ready, fn, items, group, site);
        },
        close() {
          closed = true;
        },
      };
    },
  });

  return {
    api,
    importLab: (map: Record<string, string>) => {
      Object.assign(aliases, map);
      return api;
    },
    outstanding: () => outstanding,
    taskCount: () => tasks,
    lanes: () => [...laneSet].sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
    poolIfUsed: () => pool,
    siteOf: (e: unknown) => (e !== null && typeof e === "object" ? sites.get(e) : undefined),
    functionOrigins: (): ReadonlyMap<number, FunctionOrigin> => origins,
  };
}
