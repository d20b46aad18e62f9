/**
 * Ranges of an MDX source that are code or frontmatter, not markup: the
 * leading `---` block, fenced code blocks and inline code spans. Scanners for
 * components and links skip them, so a lesson can show `<Playground>` or
 * `lesson:` in a code sample without it being taken for the real thing.
 */
export type Region = readonly [start: number, end: number];

export function codeRegions(source: string): Region[] {
  const lines = source.split("\n");
  const regions: Region[] = [];
  let offset = 0;
  let first = 0;
  if (lines[0] === "---") {
    const close = lines.indexOf("---", 1);
    if (close !== -1) {
      first = close + 1;
      offset = lines.slice(0, first).join("\n").length + 1;
      regions.push([0, offset - 1]);
    }
  }
  let fence: { char: string; length: number; start: number } | undefined;
  for (const line of lines.slice(first)) {
    const lineEnd = offset + line.length;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker?.[0] === fence.char && marker.length >= fence.length) {
        regions.push([fence.start, lineEnd]);
        fence = undefined;
      }
    } else if (marker) {
      fence = { char: marker[0] ?? "`", length: marker.length, start: offset };
    } else {
      for (const [start, end] of inlineCode(line)) regions.push([offset + start, offset + end]);
    }
    offset = lineEnd + 1;
  }
  if (fence) regions.push([fence.start, source.length]);
  return regions;
}

/** Whether `index` falls inside one of `regions`. */
export function inRegions(regions: readonly Region[], index: number): boolean {
  return regions.some(([start, end]) => index >= start && index < end);
}

/** 1-based line number of an offset. */
export function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1 && i < index; i = source.indexOf("\n", i + 1)) line++;
  return line;
}

/** Backtick spans on one line: a run of n backticks up to the next run of exactly n. */
function inlineCode(line: string): Region[] {
  const spans: Region[] = [];
  const runs = [...line.matchAll(/`+/g)];
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    const j = runs.findIndex((run, k) => k > i && run[0].length === open?.[0].length);
    const close = runs[j];
    if (!open || !close) continue;
    spans.push([open.index, close.index + close[0].length]);
    i = j;
  }
  return spans;
}
