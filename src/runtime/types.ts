import type { Mode } from "./modes.ts";

export type { Mode } from "./modes.ts";

/** A compile error in the TypeScript source; line and column are 1-based. */
export interface Diagnostic {
  line: number;
  column: number;
  message: string;
}

/** A 1-based position in the TypeScript source. */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * A compiled snippet: `code` is the body of the async function a run executes, `map` a
 * source map (JSON), `names` every name the snippet declares (for the task-function check).
 */
export type CompileResult =
  | { ok: true; code: string; map: string; names: string[]; hash: string }
  | { ok: false; diagnostics: Diagnostic[] };

export type Compiled = Extract<CompileResult, { ok: true }>;

export type LogLevel = "log" | "info" | "warn" | "error" | "debug" | "system";

/** One line of output; `t` is ms since the run started, `loc` a TS position when known. */
export interface LogLine {
  t: number;
  thread: string;
  level: LogLevel;
  text: string;
  loc?: SourcePosition;
}

interface TaskBase {
  runId: string;
  /** Numbers the `map`/`submit` calls of a run, from 1. */
  group: number;
  index: number;
  /** When the task was handed to its executor, on the run's clock. */
  queued: number;
}

/**
 * One task of a `map`/`submit` call, reported when it starts and when it ends. `syncEnd` is
 * when the task's synchronous part returned: until then it computed; from then until `end` it
 * waited on a promise (or ran later slices after an `await`, which are not told apart).
 */
export type TaskTrace =
  | (TaskBase & { state: "running"; lane: string; start: number })
  | (TaskBase & {
      state: "done";
      lane: string;
      start: number;
      syncEnd: number;
      end: number;
      ok: boolean;
    });

/** Why a run failed: once, with where and when it happened. */
export interface RunError {
  message: string;
  /** The thread that threw: "main" or a worker's lane. */
  thread: string;
  /** ms since the run started. */
  t: number;
  loc?: SourcePosition;
}

interface RunBase {
  runId: string;
  mode: Mode;
  workers: number;
  wallMs: number;
  tasks: number;
  lanes: string[];
}

/** How a run ended. */
export type RunResult =
  | (RunBase & { status: "finished"; exports: Record<string, unknown> })
  | (RunBase & { status: "failed"; error: RunError })
  | (RunBase & { status: "cancelled" });

export interface RunRequest {
  code: Compiled;
  mode: Mode;
  workers: number;
  /** Longest stretch the snippet may block the main thread, in ms (default DEFAULT_BUDGET_MS). */
  budgetMs?: number;
  signal?: AbortSignal;
  /** Playground id: names stack frames and scopes cleanup of its previous run. */
  id?: string;
  /** Called with the snippet's exports after its top-level code, inside the run (exercise checks). */
  afterBody?: (exports: Record<string, unknown>) => Promise<void>;
}

export interface RunHandlers {
  onLog?(lines: LogLine[]): void;
  onTask?(t: TaskTrace): void;
}

export interface RunHandle {
  runId: string;
  promise: Promise<RunResult>;
  cancel(): void;
}
