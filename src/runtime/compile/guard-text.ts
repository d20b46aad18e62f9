/**
 * The exact text the compiler inserts so runaway code can be stopped (see guard-insert.ts),
 * defined once for the compiler, the runner, the worker and the benchmarks.
 *
 * The check reads the run's stop flag, `__stop[0]`: a word in shared memory that a watchdog
 * thread raises when the main thread has gone past its budget without an event-loop turn
 * (run/watchdog.ts), and the run raises when it ends or is stopped. Reading one word costs
 * close to nothing in a hot loop (npm run bench measures it), unlike counting iterations and
 * reading the clock, which made main-thread code run 1.3–4× slower than the same code in a
 * worker. Only the cold path allocates: `new __Halt()` builds the error where the code stopped,
 * so its stack points at the loop.
 */
export const STOP_CHECK = "if (__stop[0] !== 0) throw new __Halt();";
/**
 * The same check around the expression body of a recursive arrow function, which may sit in
 * parentheses (`=> ({ … })`), so it stays an expression; `raise` throws a new `__Halt`.
 */
export const EXPRESSION_OPEN = "(__stop[0] !== 0 && __Halt.raise(), ";
export const EXPRESSION_CLOSE = ")";
/** The names the inserted text uses; the runner and workers provide them. */
export const STOP_NAMES = ["__stop", "__Halt"] as const;

/** Removes all instrumentation, keeping lines and columns (for the benchmarks' controls). */
export function blankGuards(source: string): string {
  return source
    .replaceAll(EXPRESSION_OPEN, "(" + " ".repeat(EXPRESSION_OPEN.length - 1))
    .replaceAll(STOP_CHECK, " ".repeat(STOP_CHECK.length));
}

/** Drops instrumentation from code quoted in a message (e.g. the engine's description of a value). */
export function withoutGuards(text: string): string {
  return text.replaceAll(EXPRESSION_OPEN, "(").replaceAll(STOP_CHECK, "");
}
