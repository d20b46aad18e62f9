import type { Diagnostic, LogLine, RunError, SourcePosition } from "../../runtime/index.ts";

/** A line from the playground itself (status, summaries, compile errors): no time, no thread. */
export interface Note {
  level: "system" | "warn" | "error";
  text: string;
  loc?: SourcePosition;
}

/** What the output shows: the run's own lines and the playground's notes. */
export type OutputEntry = LogLine | Note;

/**
 * The one place that decides how an error is shown: compile errors as notes (nothing ran,
 * so there is no time or thread), a run's error as one line with its time, thread and line.
 */
export function compileErrorEntries(diagnostics: readonly Diagnostic[]): Note[] {
  return [
    ...diagnostics.map((d): Note => ({
      level: "error",
      text: `Compile error: ${d.message}`,
      loc: d,
    })),
    { level: "system", text: "Nothing ran: fix the code and press Run again." },
  ];
}

/**
 * TypeScript's errors in code that ran anyway (as `tsc` emits with `noEmitOnError: false`):
 * a count, then each error with its line. They arrive after the run started.
 */
export function typeErrorEntries(diagnostics: readonly Diagnostic[]): Note[] {
  const n = diagnostics.length;
  return [
    { level: "warn", text: `${n} type error${n === 1 ? "" : "s"} — ran anyway` },
    ...diagnostics.map((d): Note => ({
      level: "warn",
      text: `Type error: ${d.message}`,
      loc: d,
    })),
  ];
}

export function runErrorEntry(error: RunError): LogLine {
  return {
    t: error.t,
    thread: error.thread,
    level: "error",
    text: error.message,
    ...(error.loc ? { loc: error.loc } : {}),
  };
}

/** Editor markers for an error, where it has a position. */
export function errorMarkers(error: RunError | undefined): Diagnostic[] {
  return error?.loc ? [{ ...error.loc, message: error.message }] : [];
}
