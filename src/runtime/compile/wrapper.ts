/**
 * The text that wraps compiled code when it runs, defined once for the runner, the worker
 * and the code that maps stack frames back to TypeScript.
 */

/** The globals a run gives code in place of the page's own, last of WRAPPER_PARAMS. */
export const RUN_GLOBALS = [
  "console",
  "setTimeout",
  "setInterval",
  "clearTimeout",
  "clearInterval",
  "scheduler",
] as const;

/**
 * Parameters of the async function a compiled snippet body runs in, in order. The compiler
 * emits references to them; the runner passes the run's own objects for them.
 */
export const WRAPPER_PARAMS = [
  "__lab",
  "__import",
  "__exports",
  "__stop",
  "__Halt",
  ...RUN_GLOBALS,
] as const;

/**
 * Parameters a recorded run adds after WRAPPER_PARAMS: the Event loop view's recorder, which
 * the compiler's recording pass (record-insert.ts) calls around awaits, callbacks and async
 * bodies. Workers provide them too, as pass-throughs, for task functions shipped as source.
 */
export const RECORD_PARAMS = [
  "__s",
  "__r",
  "__A",
  "__Z",
  "__B",
  "__E",
  "__k",
  "__ys",
  "__yr",
  "__fa",
  "__fr",
  "__fe",
  "__m",
  "__t",
  "__f",
  "__e",
  "__c",
] as const;

/**
 * An engine message about recorded code quotes the recorder's calls (`__r(...) is not a
 * function`); put back what it says of the same expression in plain code.
 */
export function withoutRecorderCalls(message: string): string {
  return message.replace(/\b__[A-Za-z]{1,2}\(\.\.\.\)/g, "(intermediate value)");
}

/** V8 puts `async function anonymous(<params>\n) {\n` before a constructed function's body. */
export const WRAPPER_LINES = 2;

/** Stack frames of a snippet's main-thread code are named by this file name. */
export function snippetFile(tag: string): string {
  return `playground-${tag}.ts`;
}

/** Stack frames of task function `fnId` compiled inside a worker are named by this file name. */
export function taskFile(tag: string, fnId: number): string {
  return `playground-${tag}-f${fnId}.ts`;
}

/** Matches frames of either kind: group 1 is the task function id (if any), 2 line, 3 column. */
export function frameRegExp(tag: string): RegExp {
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`playground-${escaped}(?:-f(\\d+))?\\.ts:(\\d+):(\\d+)`, "g");
}

/** The body of the snippet's async function: its code, named for stack traces. */
export function snippetBody(code: string, tag: string): string {
  return `${code}\n//# sourceURL=${snippetFile(tag)}`;
}

/**
 * A worker rebuilds a task function from its source in strict mode: the snippet around it was
 * compiled strict (a module always is), and a function keeps its mode. Rebuilt sloppy, the
 * same code would behave differently in the pool (`this`, assignments to undeclared names)
 * and run slower: a recursive `fib` took about 30% longer per call in Chromium.
 */
const TASK_OPEN = '"use strict"; return (';

/** A task function's source sits this many columns into the first line of its worker copy. */
export const TASK_PREFIX = TASK_OPEN.length;

/**
 * Function bodies that return a task function given as source, to try in order: an
 * expression first, then method shorthand (`work(x) {…}`), which is no expression alone.
 */
export function taskFunctionBodies(source: string, name: string, file: string): string[] {
  const url = `\n//# sourceURL=${file}`;
  return [
    `${TASK_OPEN}${source})${url}`,
    `${TASK_OPEN}{${source}})[${JSON.stringify(name)}]${url}`,
  ];
}
