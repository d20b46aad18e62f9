/** One line of a diff: kept in both, only in "mine" (removed), or only in "theirs" (added). */
export interface DiffLine {
  kind: "same" | "mine" | "theirs";
  text: string;
}

/** Longest texts compared line by line; beyond, the diff is one block out, one block in. */
const MAX_CELLS = 400_000;

/**
 * A line diff of two short programs (longest common subsequence, as `diff` prints it):
 * the reader's code against the model solution. Trailing newlines do not count as a line.
 */
export function lineDiff(mine: string, theirs: string): DiffLine[] {
  const a = linesOf(mine);
  const b = linesOf(theirs);
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...a.map((text): DiffLine => ({ kind: "mine", text })),
      ...b.map((text): DiffLine => ({ kind: "theirs", text })),
    ];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: "same", text: a[i]! });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push({ kind: "theirs", text: b[j++]! });
    } else {
      out.push({ kind: "mine", text: a[i++]! });
    }
  }
  // Within a changed stretch, show the reader's lines first, as unified diffs do.
  return regroup(out);
}

const linesOf = (text: string) => (text === "" ? [] : text.replace(/\n$/, "").split("\n"));

function regroup(lines: DiffLine[]): DiffLine[] {
  const out: DiffLine[] = [];
  let mine: DiffLine[] = [];
  let theirs: DiffLine[] = [];
  const flush = () => {
    out.push(...mine, ...theirs);
    mine = [];
    theirs = [];
  };
  for (const line of lines) {
    if (line.kind === "same") {
      flush();
      out.push(line);
    } else (line.kind === "mine" ? mine : theirs).push(line);
  }
  flush();
  return out;
}
