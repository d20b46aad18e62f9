/**
 * The cells a snippet imports (`import { fib } from "#fib-demo"` → "fib-demo"), in order of
 * first mention. Read from the text before compiling, to know which playgrounds' code to
 * compile with it; the compiler then checks every import properly. A string that looks like
 * an import may add a cell that is not used: harmless.
 */
export function cellIds(source: string): string[] {
  const ids = new Set<string>();
  // Comments go first: a cell may well show in a comment how to import it.
  const code = source.replace(/\/\*[^]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  const pattern = /(?:\bfrom|\bimport)\s*\(?\s*["']#([a-z0-9][a-z0-9-]*)["']/g;
  for (const m of code.matchAll(pattern)) ids.add(m[1]!);
  return [...ids];
}

/** The file name a cell has in a program: its id with `#`, as its importers name it. */
export const cellFile = (id: string) => `#${id}`;
