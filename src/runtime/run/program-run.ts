import type { ModuleContext } from "../compile/module-text.ts";
import type { SnippetTimers } from "../types.ts";
import type { CompiledProgram, LogLine, SourcePosition, TaskTrace } from "../types.ts";
import type { ErrorSites } from "./describe-failure.ts";
import { describeProgramFailure } from "./describe-program-failure.ts";
import type { MainLab } from "./main-lab.ts";
import { linkProgram, readerSetup } from "./program-link.ts";
import { createReaderWorkers } from "./reader-workers.ts";
import type { RunEnv } from "./run-env.ts";
import type { RunStop } from "./stop-flag.ts";

/** What a program's run is given by the run that starts it (start-run.ts). */
export interface ProgramHost {
  tag: string;
  runId: string;
  /** The run's start on the clock all threads share. */
  origin: number;
  now: () => number;
  console: Partial<Console>;
  /** A console whose lines are labelled `thread` (a cell's id). */
  consoleFor: (thread: string) => Partial<Console>;
  timers: SnippetTimers;
  stop: Pick<RunStop, "flag" | "Halt" | "turn">;
  lab: Pick<MainLab, "importLab">;
  env: Pick<RunEnv, "readerSetupUrl" | "readerSetupBundled">;
  log: (line: LogLine) => void;
  onTask: (t: TaskTrace) => void;
  fail: (e: unknown) => void;
  check: () => void;
}

/** A program running: its entry's exports once evaluated, and its workers' state. */
export interface ProgramRun {
  /** Settles once main.ts (and what it imports) has been evaluated. */
  evaluated: Promise<Record<string, unknown>>;
  /** True when no worker the program started has anything left to do. */
  idle: () => boolean;
  /** The run is over: every worker goes; a note if the reader's code left some running. */
  end: () => string | undefined;
  /** An error's message and TypeScript file, line and column. */
  describe: (
    e: unknown,
    sites: ErrorSites,
    workerStack: string | undefined,
  ) => { message: string; loc?: SourcePosition };
}

/** Loads a program's entry as an ES module on this page, its workers tracked by the run. */
export function startProgram(program: CompiledProgram, host: ProgramHost): ProgramRun {
  let fileOf: (url: string) => string | undefined = () => undefined;
  const workers = createReaderWorkers({
    runId: host.runId,
    now: host.now,
    onTask: host.onTask,
    log: host.log,
    fail: host.fail,
    check: host.check,
    fileOf: (url) => fileOf(url),
  });
  const { timers, stop } = host;
  const context: ModuleContext = {
    console: host.console,
    setTimeout: timers.setTimeout,
    setInterval: timers.setInterval,
    clearTimeout: timers.clearTimeout,
    clearInterval: timers.clearInterval,
    scheduler: yieldingScheduler(stop.turn),
    Worker: workers.Worker,
    __stop: stop.flag,
    __Halt: stop.Halt,
    __import: host.lab.importLab,
  };
  // An error thrown by the program's own handlers (a worker's `onmessage`, say) reaches the
  // page's `error` event; it is this run's when a frame names one of its modules.
  const onError = (event: ErrorEvent) => {
    const error = event.error as unknown;
    if (!(error instanceof Error) || !error.stack?.includes(`playground-${host.tag}/`)) return;
    event.preventDefault();
    host.fail(error);
  };
  globalThis.addEventListener("error", onError);
  let release = () => {};
  const evaluated = (async () => {
    const { readerSetupUrl, readerSetupBundled } = host.env;
    const setup = readerSetupUrl && (await readerSetup(readerSetupUrl, !!readerSetupBundled));
    const linked = linkProgram(program, {
      tag: host.tag,
      // A cell's output is labelled with its id (`#fib-demo`), as its importer's log shows it.
      contextFor: (file) =>
        file.startsWith("#") ? { ...context, console: host.consoleFor(file) } : context,
      readerSetup: setup || undefined,
      reader: { origin: host.origin, runId: host.runId },
    });
    fileOf = linked.fileOf;
    release = linked.release;
    const ns = (await import(/* @vite-ignore */ linked.entry)) as Record<string, unknown>;
    return { ...ns };
  })();
  return {
    evaluated,
    idle: () => workers.idle(),
    end() {
      globalThis.removeEventListener("error", onError);
      const left = workers.running();
      workers.end();
      release();
      return left.length ? leftRunningNote(left) : undefined;
    },
    describe: (e, sites, workerStack) =>
      describeProgramFailure(e, { tag: host.tag, program, sites, workerStack, fileOf }),
  };
}

/** What a run says of workers the reader's code left running when everything else was done. */
function leftRunningNote(labels: string[]): string {
  const which = labels.join(", ");
  return (
    `${which} ${labels.length > 1 ? "were" : "was"} still alive with nothing left to do, so the ` +
    "run ended it. A worker lives until worker.terminate() or self.close(): call one when you are done."
  );
}

/** The page's `scheduler` as a program sees it: `yield()` counts as a turn for the budget. */
function yieldingScheduler(turn: () => void): unknown {
  const scheduler = (globalThis as { scheduler?: { yield(): Promise<void> } }).scheduler;
  if (!scheduler) return undefined;
  return Object.assign(Object.create(scheduler) as object, {
    yield: () => {
      turn();
      return scheduler.yield();
    },
  });
}
