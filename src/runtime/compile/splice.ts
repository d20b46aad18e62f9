/**
 * Minimal in-place string editor: edits are given against the original text and applied
 * together, so several passes can record positions without re-parsing.
 * Edits never add or remove newlines, which keeps the esbuild source map valid line by line;
 * the recorded column shifts let us correct columns when mapping a stack frame back.
 */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Per generated line: `[columnAfterEdit, shift]` pairs, in column order. */
export type ColumnShifts = Record<number, [number, number][]>;

export class Splice {
  readonly #source: string;
  readonly #edits: Edit[] = [];

  constructor(source: string) {
    this.#source = source;
  }

  insert(at: number, text: string): void {
    this.#edits.push({ start: at, end: at, text });
  }

  replace(start: number, end: number, text: string): void {
    this.#edits.push({ start, end, text });
  }

  /** Applies all edits; at one position inserts go before a replacement, in recording order. */
  apply(): { text: string; shifts: ColumnShifts } {
    const edits = this.#edits
      .map((e, i) => ({ ...e, i }))
      .sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start) || a.i - b.i);
    const src = this.#source;
    const shifts: ColumnShifts = {};
    let out = "";
    let pos = 0;
    let line = 1;
    let lineStartOut = 0;
    for (const e of edits) {
      if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
      const chunk = src.slice(pos, e.start);
      out += chunk;
      const nl = chunk.lastIndexOf("\n");
      if (nl >= 0) {
        line += countNewlines(chunk);
        lineStartOut = out.length - (chunk.length - nl - 1);
      }
      const removed = src.slice(e.start, e.end);
      const removedLines = countNewlines(removed);
      const text = e.text + "\n".repeat(Math.max(0, removedLines - countNewlines(e.text)));
      out += text;
      const delta = text.length - removed.length;
      if (delta !== 0 && removedLines === 0) {
        (shifts[line] ??= []).push([out.length - lineStartOut, delta]);
      }
      if (removedLines > 0) {
        line += countNewlines(text);
        lineStartOut = out.lastIndexOf("\n") + 1;
      }
      pos = e.end;
    }
    out += src.slice(pos);
    return { text: out, shifts };
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/** Converts a column in edited text back to the column before edits (0-based). */
export function unshiftColumn(shifts: ColumnShifts, line: number, column: number): number {
  let col = column;
  for (const [after, delta] of shifts[line] ?? []) {
    if (column >= after) col -= delta;
    else if (column >= after - delta && delta > 0) col -= column - (after - delta);
  }
  return col;
}
