/** How `map` runs tasks: one after another, all at once on the main thread, or on the worker pool. */
export type Mode = "serial" | "concurrent" | "pool";

/** A compile error in the TypeScript source; line and column are 1-based. */
export interface Diagnostic {
  line: number;
  column: number;
  message: string;
}

/** `code` is the body of the async function a run executes; `map` is a source map (JSON). */
export type CompileResult =
  { ok: true; code: string; map: string; hash: string } | { ok: false; diagnostics: Diagnostic[] };

export type LogLevel = "log" | "info" | "warn" | "error" | "debug" | "system";

/** One line of output; `t` is ms since the run started, `loc` a TS position when known. */
export interface LogLine {
  t: number;
  thread: string;
  level: LogLevel;
  text: string;
  loc?: { line: number; column: number };
}

/** One task of a `map`/`submit` call on the run's clock; `group` numbers the call. */
export interface TaskTrace {
  runId: string;
  index: number;
  lane: string;
  queued: number;
  start: number;
  end?: number;
  ok?: boolean;
  group: number;
}

export interface RunSummary {
  runId: string;
  ok: boolean;
  cancelled: boolean;
  mode: Mode;
  workers: number;
  wallMs: number;
  tasks: number;
  lanes: string[];
  error?: { message: string; line?: number; column?: number };
  exports: Record<string, unknown>;
}

export interface RunRequest {
  code: CompileResult & { ok: true };
  mode: Mode;
  workers: number;
  /** Longest stretch the snippet may block the main thread, in ms (default 10 000). */
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
  promise: Promise<RunSummary>;
  cancel(): void;
}
