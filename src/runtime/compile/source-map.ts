import { LEAST_UPPER_BOUND, TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";
import { unshiftColumn, type ColumnShifts } from "./splice.ts";

export interface Position {
  line: number;
  column: number;
}

interface MapWithShifts {
  x_looplab_shifts?: ColumnShifts;
}

const cache = new Map<string, { trace: TraceMap; shifts: ColumnShifts }>();

function load(map: string) {
  let entry = cache.get(map);
  if (!entry) {
    const json = JSON.parse(map) as ConstructorParameters<typeof TraceMap>[0] & MapWithShifts;
    entry = { trace: new TraceMap(json), shifts: json.x_looplab_shifts ?? {} };
    cache.set(map, entry);
  }
  return entry;
}

/**
 * Maps a 1-based line/column in the compiled body back to the TypeScript source.
 * Falls back to the start of the line when the column lands between mappings.
 */
export function toSourcePosition(map: string, line: number, column: number): Position | undefined {
  const { trace, shifts } = load(map);
  const col = Math.max(0, unshiftColumn(shifts, line, column - 1));
  let pos = originalPositionFor(trace, { line, column: col });
  if (pos.line == null)
    pos = originalPositionFor(trace, { line, column: col, bias: LEAST_UPPER_BOUND });
  if (pos.line == null) return undefined;
  return { line: pos.line, column: pos.column + 1 };
}

/** Line/column (1-based) of an offset in a string. */
export function offsetToPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
