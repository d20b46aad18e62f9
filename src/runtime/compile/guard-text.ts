/**
 * The exact text the compiler inserts so runaway code can be stopped (see guard-insert.ts),
 * defined once for the compiler, the runner, the worker and the benchmarks.
 *
 * Checks read the run's stop flag, `__stop[0]`: a word in shared memory that a watchdog
 * thread raises when the main thread has gone past its budget without an event-loop turn
 * (run/watchdog.ts), and the run raises when it ends or is stopped. Reading one word costs
 * close to nothing in a hot loop, unlike counting iterations and reading the clock: a call
 * anywhere in a loop, even on a branch never taken, made main-thread code 1.3–4× slower than
 * the same code in a worker. A `throw` inside a loop costs too when a `try` (or an async
 * function's body) surrounds it, so a loop's check leaves by `break` to a label, and the
 * error is thrown after the loop:
 *
 *   __h7: { __b7: { while (c) { if (__stop[0] !== 0) break __b7; … } ;break __h7; } throw new __Halt(3); }
 *
 * `new __Halt(line)` names the line of the loop in the compiled code, for the error's
 * location. Nothing here adds a line, so the source map stays valid line by line.
 */

/** Opens the blocks around loop number `k` (and its labels, if it has any). */
export const loopOpen = (k: number) => `__h${k}: { __b${k}: { `;
/** The check at the top of loop `k`'s body. */
export const loopCheck = (k: number) => `if (__stop[0] !== 0) break __b${k};`;
/** Closes the blocks after loop `k`: normal exits skip the throw. */
export const loopClose = (k: number, line: number) =>
  ` ;break __h${k}; } throw new __Halt(${line}); }`;

/** The check at the entry of a function that may call itself. */
export const ENTRY_CHECK = "if (__stop[0] !== 0) throw new __Halt();";
/**
 * The same check around the expression body of a recursive arrow function, which may sit in
 * parentheses (`=> ({ … })`), so it stays an expression; `raise` throws a new `__Halt`.
 */
export const EXPRESSION_OPEN = "(__stop[0] !== 0 && __Halt.raise(), ";
export const EXPRESSION_CLOSE = ")";
/** The names the inserted text uses; the runner and workers provide them. */
export const STOP_NAMES = ["__stop", "__Halt"] as const;

const INSERTED = [
  /__h\d+: \{ __b\d+: \{ /g,
  /if \(__stop\[0\] !== 0\) break __b\d+;/g,
  / ;break __h\d+; \} throw new __Halt\(\d+\); \}/g,
  /if \(__stop\[0\] !== 0\) throw new __Halt\(\);/g,
];

/** Removes all instrumentation, keeping lines and columns (for the benchmarks' controls). */
export function blankGuards(source: string): string {
  let out = source.replaceAll(EXPRESSION_OPEN, "(" + " ".repeat(EXPRESSION_OPEN.length - 1));
  for (const pattern of INSERTED) out = out.replace(pattern, (m) => " ".repeat(m.length));
  return out;
}

/** Drops instrumentation from code quoted in a message (e.g. the engine's description of a value). */
export function withoutGuards(text: string): string {
  let out = text.replaceAll(EXPRESSION_OPEN, "(");
  for (const pattern of INSERTED) out = out.replace(pattern, "");
  return out;
}
