import type { Compiled } from "../types.ts";
import { composeShifts } from "./record-shifts.ts";
import { insertRecording } from "./record-insert.ts";
import type { RecordPlan } from "./record-sites.ts";
import { offsetToPosition, toSourcePosition } from "./source-map.ts";
import type { ColumnShifts } from "./splice.ts";
import { RECORD_PARAMS } from "./wrapper.ts";

/** A compiled snippet with the recording pass applied, and the table of what it marked. */
export interface RecordedProgram {
  code: Compiled;
  plan: RecordPlan;
}

/**
 * Adds the Event loop view's recording to a compiled snippet, whether it was compiled at
 * build time or in the browser: no compiler download, only a parse of the compiled body.
 * Its source map gains the new column shifts, so errors still land on their TypeScript line.
 */
export function recordedProgram(compiled: Compiled): RecordedProgram | { error: string } {
  const clash = compiled.names.find((n) => (RECORD_PARAMS as readonly string[]).includes(n));
  if (clash)
    return { error: `This code declares "${clash}", a name the Event loop view needs; rename it.` };
  const done = insertRecording(compiled.code);
  const map = JSON.parse(compiled.map) as { x_looplab_shifts?: ColumnShifts };
  const recordedMap = JSON.stringify({
    ...map,
    x_looplab_shifts: composeShifts(map.x_looplab_shifts ?? {}, done.shifts),
  });
  // Positions found in the compiled body map back through the compiled body's own map.
  const where = (offset: number) => {
    const gen = offsetToPosition(compiled.code, offset);
    return toSourcePosition(compiled.map, gen.line, gen.column) ?? { line: gen.line, column: 1 };
  };
  const plan: RecordPlan = {
    sites: done.sites.map(({ offset, ...site }) => ({ ...site, ...where(offset) })),
    fns: done.fns.map(({ offset, ...fn }) => ({
      ...fn,
      line: offset === 0 ? 1 : where(offset).line,
    })),
  };
  return {
    code: { ...compiled, code: done.code, map: recordedMap, hash: `${compiled.hash}-recorded` },
    plan,
  };
}
