/**
 * The text that wraps compiled code when it runs, defined once for the runner, the worker
 * and the code that maps stack frames back to TypeScript.
 */

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
  "console",
  "setTimeout",
  "setInterval",
  "clearTimeout",
  "clearInterval",
  "scheduler",
] as const;

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

/** A task function's source sits this many columns into the first line of its worker copy. */
export const TASK_PREFIX = "return (".length;

/**
 * Function bodies that return a task function given as source, to try in order: an
 * expression first, then method shorthand (`work(x) {…}`), which is no expression alone.
 */
export function taskFunctionBodies(source: string, name: string, file: string): string[] {
  const url = `\n//# sourceURL=${file}`;
  return [`return (${source})${url}`, `return ({${source}})[${JSON.stringify(name)}]${url}`];
}
