import type { WorkerPool } from "../pool/worker-pool.ts";
import type { Watchdog } from "./watchdog.ts";
import type { RunHandle } from "../types.ts";

/** Why a task function cannot run in a worker, or undefined if it can (see free-vars.ts). */
export type TaskChecker = (
  source: string,
  name: string,
  isAvailable: (name: string) => boolean,
) => string | undefined;

/** A run in progress, for errors that surface outside it (unhandled rejections). */
export interface ActiveRun {
  tag: string;
  fail(e: unknown): void;
}

/** What a run needs from the runtime that starts it. */
export interface RunEnv {
  /** Absolute time in ms, on the clock workers use too (time origin + performance.now()). */
  now: () => number;
  /** Calls back once the event loop has had a turn. */
  afterTurn: (fn: () => void) => void;
  /** The page's worker pool; absent where workers are not available (Node). */
  pool?: () => WorkerPool;
  /** The thread that stops main-thread code past its budget; absent without shared memory. */
  watchdog?: () => Watchdog | undefined;
  /** Loads the task-function checker on first use (it pulls in a parser). */
  loadChecker: () => Promise<TaskChecker>;
  /** The latest run of each playground: a new run replaces it. */
  byTag: Map<string, RunHandle>;
  active: Map<string, ActiveRun>;
  nextRunId: () => string;
  /** URL of the first module of a reader's worker (worker/reader-setup.ts), where workers exist. */
  readerSetupUrl?: string;
  /** The setup is one self-contained file (a build, not the dev server): it may be copied. */
  readerSetupBundled?: boolean;
}
