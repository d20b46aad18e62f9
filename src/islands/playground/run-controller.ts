import {
  MODES,
  type Compiled,
  type Diagnostic,
  type LogLine,
  type Mode,
  type RunHandle,
  type RunHandlers,
  type RunRequest,
  type RunResult,
  type Runtime,
  type TaskTrace,
} from "../../runtime/index.ts";

/** A compilation of `C`'s kind, or the diagnostics that stopped it. */
export type Compilation<C> = (C & { ok: true }) | { ok: false; diagnostics: Diagnostic[] };

/**
 * What a controller compiles and runs with: the page's runtime for a snippet (source `S` is
 * its text, `C` its compilation), an adapter for a multi-file program (files/program-runtime.ts).
 */
export interface Compiles<S, C> {
  compile(source: S): Promise<Compilation<C>>;
  /** The build's compilation no longer holds though the source is unedited (a cell changed). */
  stale?(): boolean;
  run(
    request: Omit<RunRequest, "code" | "program"> & { code: C },
    handlers: RunHandlers,
  ): RunHandle;
}

/** The page runtime's compile and run, as a controller of snippets uses them. */
export type RuntimeRuns = Pick<Runtime, "compile" | "run">;

/** What the server embeds: the original source and its build-time compilation. */
export interface Program<S = string, C = Compiled> {
  source: S;
  compiled: Compilation<C>;
}

/** How pressing Run ended. */
export type RunOutcome =
  | { kind: "compile-error"; mode: Mode; diagnostics: Diagnostic[] }
  | { kind: "ran"; result: RunResult }
  /** Run was pressed again before this run ended (it may not have started at all). */
  | { kind: "superseded"; result?: RunResult };

/** Where a run's progress goes: the playground's views, or a test. */
export interface RunListener {
  /** Compiling is done and the run starts. */
  onStart?(mode: Mode, workers: number): void;
  onLog?(lines: LogLine[]): void;
  onTask?(task: TaskTrace): void;
  onEnd?(outcome: RunOutcome): void;
}

export interface RunSettings {
  mode: Mode;
  workers: number;
  afterBody?: RunRequest["afterBody"];
}

/**
 * A playground's runs, without any DOM: compiles (the build-time result for unedited code),
 * runs, stops, compares modes and keeps this visit's history.
 */
export class RunController<S = string, C = Compiled> {
  readonly history: RunResult[] = [];
  #handle: RunHandle | undefined;
  /** Counts presses of Run: a run whose press is not the latest was superseded. */
  #presses = 0;

  constructor(
    private readonly runtime: Compiles<S, C>,
    private readonly program: Program<S, C>,
    private readonly options: { id: string; budgetMs: number },
  ) {}

  get running(): boolean {
    return this.#handle !== undefined;
  }

  /** Unedited code runs from its build-time compilation: no compiler download. */
  compile(code: S): Promise<Compilation<C>> {
    const { source, compiled } = this.program;
    if (code === source && compiled.ok && !this.runtime.stale?.()) return Promise.resolve(compiled);
    return this.runtime.compile(code);
  }

  async run(code: S, settings: RunSettings, listener: RunListener = {}): Promise<RunOutcome> {
    const press = ++this.#presses;
    this.#handle?.cancel();
    const program = await this.compile(code);
    if (press !== this.#presses) {
      // A newer press came while this one compiled: it never starts.
      const outcome: RunOutcome = { kind: "superseded" };
      listener.onEnd?.(outcome);
      return outcome;
    }
    if (!program.ok) {
      this.#handle = undefined;
      const outcome: RunOutcome = {
        kind: "compile-error",
        mode: settings.mode,
        diagnostics: program.diagnostics,
      };
      listener.onEnd?.(outcome);
      return outcome;
    }
    listener.onStart?.(settings.mode, settings.workers);
    const handle = this.runtime.run(
      {
        code: program,
        mode: settings.mode,
        workers: settings.workers,
        budgetMs: this.options.budgetMs,
        id: this.options.id,
        ...(settings.afterBody ? { afterBody: settings.afterBody } : {}),
      },
      {
        onLog: (lines) => listener.onLog?.(lines),
        onTask: (task) => listener.onTask?.(task),
      },
    );
    this.#handle = handle;
    const result = await handle.promise;
    if (press !== this.#presses) {
      const outcome: RunOutcome = { kind: "superseded", result };
      listener.onEnd?.(outcome);
      return outcome;
    }
    this.#handle = undefined;
    this.history.push(result);
    const outcome: RunOutcome = { kind: "ran", result };
    listener.onEnd?.(outcome);
    return outcome;
  }

  stop(): void {
    this.#handle?.cancel();
  }

  /**
   * Runs the code once per mode, round after round (the first `warmUp` rounds let the engine
   * optimise the code and are not kept). Stops early when a run is stopped, and gives up when
   * a run cannot be compared at all: a compile error, or Run pressed meanwhile.
   */
  async compare(
    code: S,
    workers: number,
    { rounds, warmUp }: { rounds: number; warmUp: number },
    listenerFor: (mode: Mode, round: number) => RunListener,
  ): Promise<{ rounds: RunResult[][]; interrupted: boolean }> {
    const kept: RunResult[][] = [];
    for (let round = 1 - warmUp; round <= rounds; round++) {
      const results: RunResult[] = [];
      for (const mode of MODES) {
        const outcome = await this.run(code, { mode, workers }, listenerFor(mode, round));
        if (outcome.kind !== "ran") return { rounds: kept, interrupted: true };
        results.push(outcome.result);
        if (outcome.result.status === "cancelled") {
          if (round >= 1) kept.push(results);
          return { rounds: kept, interrupted: false };
        }
      }
      if (round >= 1) kept.push(results);
    }
    return { rounds: kept, interrupted: false };
  }

  /** Wall time of the latest finished serial run, the baseline for speedups. */
  serialWall(): number | undefined {
    return this.history.findLast((r) => r.mode === "serial" && r.status === "finished")?.wallMs;
  }
}
