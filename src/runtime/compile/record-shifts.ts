import type { ColumnShifts } from "./splice.ts";

/**
 * Column shifts of two layers of edits as one: `inner` took esbuild's output to the compiled
 * body, `outer` (insertions only) took that body to the recorded one. The result maps a
 * column of the recorded body straight back to esbuild's output, as `unshiftColumn` expects:
 * every pair holds the column just after its edit, in the final text.
 */
export function composeShifts(inner: ColumnShifts, outer: ColumnShifts): ColumnShifts {
  const out: ColumnShifts = {};
  const lines = new Set([...Object.keys(inner), ...Object.keys(outer)].map(Number));
  for (const line of lines) {
    const inserts = outer[line] ?? [];
    // Where each outer insertion sits in the middle text (before the outer edits).
    let before = 0;
    const at = inserts.map(([after, delta]) => {
      const start = after - delta - before;
      before += delta;
      return { start, delta };
    });
    // An inner edit's end moves right by every outer insertion strictly before it; one at the
    // very same column comes after the edit's text.
    const moved = (inner[line] ?? []).map(([after, delta]): [number, number] => [
      after + at.filter((i) => i.start < after).reduce((sum, i) => sum + i.delta, 0),
      delta,
    ]);
    out[line] = [...inserts, ...moved].sort((a, b) => a[0] - b[0]);
  }
  return out;
}
