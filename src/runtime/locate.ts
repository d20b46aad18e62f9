import { toSourcePosition, type Position } from "./source-map.ts";

/** Where a shipped task function starts in the compiled body (1-based line, 0-based column). */
export interface FunctionOrigin {
  line: number;
  column: number;
}

// V8 puts `async function anonymous(<params>\n) {\n` before a constructed function's body.
const WRAPPER_LINES = 2;
// Workers build task functions from `return (<source>)`.
const TASK_PREFIX = "return (".length;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The first stack frame that belongs to the snippet, mapped to its TypeScript line:column.
 * Frames look like `playground-<tag>.ts:L:C` (main thread) or `playground-<tag>-f<id>.ts:L:C`
 * (a task function compiled inside a worker).
 */
export function locateInStack(
  stack: string | undefined,
  tag: string,
  map: string,
  fns: ReadonlyMap<number, FunctionOrigin>,
): Position | undefined {
  if (!stack) return undefined;
  const frame = new RegExp(`playground-${escape(tag)}(?:-f(\\d+))?\\.ts:(\\d+):(\\d+)`, "g");
  for (const m of stack.matchAll(frame)) {
    let line = Number(m[2]) - WRAPPER_LINES;
    let column = Number(m[3]);
    if (m[1] !== undefined) {
      const origin = fns.get(Number(m[1]));
      if (!origin) continue;
      if (line === 1) column = origin.column + column - TASK_PREFIX;
      line = origin.line + line - 1;
    }
    if (line < 1) continue;
    const pos = toSourcePosition(map, line, column);
    if (pos) return pos;
  }
  return undefined;
}

/** Position of `source` inside the compiled body, for mapping frames of its worker copy. */
export function functionOrigin(code: string, source: string): FunctionOrigin | undefined {
  const at = code.indexOf(source);
  if (at < 0) return undefined;
  const before = code.slice(0, at);
  return { line: before.split("\n").length, column: at - before.lastIndexOf("\n") - 1 };
}
