import type { Mode } from "./modes.ts";

export type { Mode } from "./modes.ts";

/** A compile error in the TypeScript source; line and column are 1-based. */
export interface Diagnostic {
  line: number;
  column: number;
  message: string;
  /** The file of a multi-file program it is in; absent for a single-file snippet. */
  file?: string;
}

/** A 1-based position in the TypeScript source. */
export interface SourcePosition {
  line: number;
  column: number;
  /** The file of a multi-file program; absent for a single-file snippet. */
  file?: string;
}

/**
 * A compiled snippet: `code` is the body of the async function a run executes, `map` a
 * source map (JSON), `names` every name the snippet declares (for the task-function check).
 */
export type CompileResult =
  | { ok: true; code: string; map: string; names: string[]; hash: string }
  | { ok: false; diagnostics: Diagnostic[] };

export type Compiled = Extract<CompileResult, { ok: true }>;

/** A multi-file program's TypeScript: file name → source; `entry` runs first (main.ts). */
export interface ProgramSource {
  entry: string;
  files: Record<string, string>;
}

/**
 * One file of a program compiled to an ES module: `code` still names the files it imports
 * by placeholders the runner replaces with module URLs; `imports` lists those files.
 */
export interface CompiledModule {
  code: string;
  map: string;
  imports: string[];
  /** Every name the file declares (for the task-function check). */
  names: string[];
}

/** A compiled multi-file program, or the diagnostics (each naming its file) that stopped it. */
export type ProgramCompileResult =
  | { ok: true; entry: string; modules: Record<string, CompiledModule>; hash: string }
  | { ok: false; diagnostics: Diagnostic[] };

export type CompiledProgram = Extract<ProgramCompileResult, { ok: true }>;

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
  /** A single-file snippet; give this or `program`. */
  code?: Compiled;
  /** A multi-file program: its entry is evaluated as an ES module, and the files it imports. */
  program?: CompiledProgram;
  mode: Mode;
  workers: number;
  /** Longest stretch the snippet may block the main thread, in ms (default DEFAULT_BUDGET_MS). */
  budgetMs?: number;
  signal?: AbortSignal;
  /** Playground id: names stack frames and scopes cleanup of its previous run. */
  id?: string;
  /** Called with the snippet's exports after its top-level code, inside the run (exercise checks). */
  afterBody?: (exports: Record<string, unknown>) => Promise<void>;
  /** Records the run for the Event loop view; `code` must then be the recorded program. */
  recording?: RunRecording;
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

/** The timers a snippet calls, as the runner hands them to it. */
export interface SnippetTimers {
  setTimeout: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => number;
  setInterval: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => number;
  clearTimeout: (id?: number) => void;
  clearInterval: (id?: number) => void;
}

/**
 * Records one run for the Event loop view (runtime/trace/). A run whose request carries one
 * runs its code with the recorder's helpers (RECORD_PARAMS) and reports to it; runs without
 * one are not instrumented at all.
 */
export interface RunRecording {
  /** Called once as the run starts, with the run's clock (ms since it started). */
  attach(clock: () => number): RecordingHooks;
}

/** What the runner tells a recording while its run goes on. */
export interface RecordingHooks {
  /** Values for RECORD_PARAMS, in their order. */
  readonly helpers: readonly unknown[];
  /** The script's synchronous part starts, and returns. */
  enterScript(): void;
  exitScript(): void;
  /** A console line of the main thread. */
  log(level: LogLevel, text: string): void;
  /** Output lines that came from workers. */
  workerLog(lines: readonly LogLine[]): void;
  task(trace: TaskTrace): void;
  /** Wraps a timer callback of the lab (`sleep`, `simulatedFetch`). */
  labTimer(fn: () => void, ms: number): () => void;
  /** The run's timers as the snippet sees them, noting delays, nesting and clears. */
  timers<T extends SnippetTimers>(timers: T): T;
  /** The run is over: recording stops (the trace is read from the recording). */
  end(wallMs: number): void;
}
