/** The exact text the compiler inserts for the main-thread budget (see guard-insert.ts). */
import { GUARD_INTERVAL } from "./guard.ts";

/**
 * Statement put at the top of each loop body. The counter is a function-local (a register),
 * and counting down to a bounded value measured cheaper in Chromium than a bit mask.
 */
export const LOOP_GUARD = `if (--__l < 0) { __l = ${GUARD_INTERVAL}; __guard(true); }`;
/** Declares the loop counter once per function (and once at the top level). */
export const LOOP_COUNTER = `let __l = ${GUARD_INTERVAL};`;
/** Function-entry guard: counts calls, so deep or endless recursion is stopped too. */
export const ENTRY_GUARD = "__guard();";

/** Removes all instrumentation, keeping columns (for worker copies and benchmarks). */
export function blankGuards(source: string): string {
  let out = source;
  for (const text of [LOOP_GUARD, LOOP_COUNTER, ENTRY_GUARD, "(__guard(), "]) {
    out = out.replaceAll(
      text,
      text.startsWith("(") ? "(" + " ".repeat(text.length - 1) : " ".repeat(text.length),
    );
  }
  return out;
}
