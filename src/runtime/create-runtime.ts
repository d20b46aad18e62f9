import { RECORD_PARAMS } from "./compile/wrapper.ts";
import { hardwareConcurrency } from "./lab/cores.ts";
import { createAfterTurn } from "./lab/after-turn.ts";
import { WorkerPool } from "./pool/worker-pool.ts";
import type { ActiveRun, RunEnv, TaskChecker } from "./run/run-env.ts";
import { measureParallelism, type Parallelism } from "./run/reference.ts";
import { startRun } from "./run/start-run.ts";
import { createWatchdog, type Watchdog } from "./run/watchdog.ts";
import type {
  CompileResult,
  ProgramCompileResult,
  ProgramSource,
  RunHandle,
  RunHandlers,
  RunRequest,
} from "./types.ts";

export interface RuntimeOptions {
  /** Starts one pool worker; omit where there are no workers (Node). */
  spawnWorker?: () => Worker;
  /**
   * Starts the watchdog thread that stops main-thread code past its budget (used on a
   * cross-origin isolated page); without it, compiled code reads the clock itself.
   */
  spawnWatchdog?: () => Worker;
  /**
   * Absolute time in ms on the clock the workers use (`performance.timeOrigin +
   * performance.now()`), so times from every thread line up.
   */
  now: () => number;
  /** Compiles TypeScript for `run`; loaded on first use in the browser. */
  compile: (source: string) => Promise<CompileResult>;
  /** Compiles a multi-file program; loaded on first use in the browser. */
  compileProgram?: (program: ProgramSource) => Promise<ProgramCompileResult>;
  /** Starts the compiler ahead of need (the reader began editing). */
  warmCompiler?: () => void;
  /** URL of the first module of a reader's worker (worker/reader-setup.ts, bundled). */
  readerSetupUrl?: string;
  /** The setup is one self-contained file (a build, not the dev server). */
  readerSetupBundled?: boolean;
  /** Where unhandled promise rejections are heard (the page's `window`); omit to not listen. */
  events?: Pick<EventTarget, "addEventListener" | "removeEventListener">;
}

/** One runtime per page: its worker pool and the runs in progress. */
export interface Runtime {
  /** Compiles TypeScript; results are cached by source. */
  compile(source: string): Promise<CompileResult>;
  /** Compiles a multi-file program, each file to an ES module; results are cached. */
  compileProgram(program: ProgramSource): Promise<ProgramCompileResult>;
  /** Starts loading the compiler, e.g. when a reader starts editing. */
  warmCompiler(): void;
  /** Runs compiled code; output and task traces stream to `handlers` while it runs. */
  run(req: RunRequest, handlers?: RunHandlers): RunHandle;
  /** Creates pool workers ahead of need (call at idle); defaults to one per core. */
  prespawn(n?: number): void;
  /**
   * Times perfectly parallel reference work on this thread and on `workers` pool workers,
   * to judge a measured speedup against what the machine delivers right now.
   */
  measureParallelism(workers?: number): Promise<Parallelism>;
  /** Logical cores the browser reports. */
  readonly cores: number;
  /** Stops listening for rejections and terminates the pool's workers. */
  dispose(): void;
}

const RECORDED = new Set<string>(RECORD_PARAMS);

export function createRuntime(options: RuntimeOptions): Runtime {
  const { spawnWorker, events } = options;
  let pool: WorkerPool | undefined;
  let runs = 0;
  const getPool = () => (pool ??= new WorkerPool(spawnWorker!));
  let watchdog: Watchdog | undefined | null = null;
  const getWatchdog = () => {
    if (watchdog === null)
      watchdog = options.spawnWatchdog
        ? createWatchdog(options.spawnWatchdog, options.now)
        : undefined;
    return watchdog;
  };
  const env: RunEnv = {
    now: options.now,
    afterTurn: createAfterTurn(),
    ...(spawnWorker ? { pool: getPool } : {}),
    watchdog: getWatchdog,
    // A recorded run's task functions call the recorder's helpers, which workers provide.
    loadChecker: (): Promise<TaskChecker> =>
      import("./run/free-vars.ts").then(
        (m) => (source, name, isAvailable) =>
          m.taskFunctionProblem(source, name, (n) => RECORDED.has(n) || isAvailable(n)),
      ),
    byTag: new Map(),
    active: new Map<string, ActiveRun>(),
    nextRunId: () => `run-${++runs}-${Math.random().toString(36).slice(2, 8)}`,
    ...(options.readerSetupUrl ? { readerSetupUrl: options.readerSetupUrl } : {}),
    readerSetupBundled: options.readerSetupBundled === true,
  };

  // An unhandled rejection belongs to the run whose code is on its stack, or to the only run.
  const onRejection = (event: Event) => {
    const reason = (event as PromiseRejectionEvent).reason as unknown;
    const stack = reason instanceof Error ? (reason.stack ?? "") : "";
    const active = [...env.active.values()];
    const owner =
      active.find((r) => stack.includes(`playground-${r.tag}`)) ??
      (active.length === 1 ? active[0] : undefined);
    if (!owner) return;
    event.preventDefault();
    owner.fail(reason);
  };
  events?.addEventListener("unhandledrejection", onRejection);

  return {
    compile: options.compile,
    compileProgram:
      options.compileProgram ??
      (() => Promise.reject(new Error("Multi-file programs cannot be compiled here"))),
    warmCompiler: () => options.warmCompiler?.(),
    run: (req, handlers = {}) => startRun(req, handlers, env),
    prespawn(n = hardwareConcurrency()) {
      getWatchdog();
      if (spawnWorker) getPool().ensure(n);
    },
    async measureParallelism(workers = hardwareConcurrency()) {
      if (!spawnWorker) throw new Error("The worker pool is not available in this environment");
      return measureParallelism(getPool(), workers);
    },
    cores: hardwareConcurrency(),
    dispose() {
      events?.removeEventListener("unhandledrejection", onRejection);
      pool?.terminate();
    },
  };
}
