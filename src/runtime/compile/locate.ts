import type { FunctionOrigin } from "./function-origin.ts";
import { toSourcePosition, type Position } from "./source-map.ts";
import { frameRegExp, TASK_PREFIX, WRAPPER_LINES } from "./wrapper.ts";

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
  for (const m of stack.matchAll(frameRegExp(tag))) {
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

/** The TypeScript position of the start of a line of the compiled body. */
export function locateLine(map: string, line: number): Position | undefined {
  return toSourcePosition(map, line, 1);
}
