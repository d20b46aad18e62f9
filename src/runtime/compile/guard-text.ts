/** The exact text the compiler inserts for the main-thread budget (see guard-insert.ts). */

/** How many guard calls pass between clock reads: keeps the check cheap in hot loops. */
export const GUARD_INTERVAL = 4000;

/**
 * Statement put at the top of each loop body. The counter is a function-local (a register),
 * and counting down to a bounded value measured cheaper in Chromium than a bit mask.
 */
export const LOOP_GUARD = `if (--__l < 0) { __l = ${GUARD_INTERVAL}; __guard(true); }`;
/** Declares the loop counter once per function (and once at the top level). */
export const LOOP_COUNTER = `let __l = ${GUARD_INTERVAL};`;
/** Function-entry guard: counts calls, so deep or endless recursion is stopped too. */
export const ENTRY_GUARD = "__guard();";
/** The entry guard of an arrow function with an expression body: `(__guard(), <body>)`. */
export const EXPRESSION_GUARD_OPEN = "(__guard(), ";
export const EXPRESSION_GUARD_CLOSE = ")";

/** Removes all instrumentation, keeping columns (for worker copies and benchmarks). */
export function blankGuards(source: string): string {
  let out = source;
  for (const text of [LOOP_GUARD, LOOP_COUNTER, ENTRY_GUARD]) {
    out = out.replaceAll(text, " ".repeat(text.length));
  }
  return out.replaceAll(EXPRESSION_GUARD_OPEN, "(" + " ".repeat(EXPRESSION_GUARD_OPEN.length - 1));
}

/** Drops instrumentation from code quoted in a message (e.g. the engine's description of a value). */
export function withoutGuards(text: string): string {
  return text.replaceAll(ENTRY_GUARD, "").replaceAll(EXPRESSION_GUARD_OPEN, "(");
}
