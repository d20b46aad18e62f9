/**
 * The cells a snippet imports (`import { fib } from "#fib-demo"` → "fib-demo"), in order of
 * first mention. Read from the text before compiling, to know which playgrounds' code to
 * compile with it; the compiler then checks every import properly. A mention in a comment
 * or string that looks like an import may add a cell that is not used: harmless.
 */
export function cellIds(source: string): string[] {
  const ids = new Set<string>();
  const pattern = /(?:\bfrom|\bimport)\s*\(?\s*["']#([a-z0-9][a-z0-9-]*)["']/g;
  for (const m of source.matchAll(pattern)) ids.add(m[1]!);
  return [...ids];
}

/** The file name a cell has in a program: its id with `#`, as its importers name it. */
export const cellFile = (id: string) => `#${id}`;
