/** Where a shipped task function starts in the compiled body (1-based line, 0-based column). */
export interface FunctionOrigin {
  line: number;
  column: number;
  /** The file of a multi-file program it is in. */
  file?: string;
}

/** Position of `source` inside the compiled body, for mapping frames of its worker copy. */
export function functionOrigin(code: string, source: string): FunctionOrigin | undefined {
  const at = code.indexOf(source);
  if (at < 0) return undefined;
  const before = code.slice(0, at);
  return { line: before.split("\n").length, column: at - before.lastIndexOf("\n") - 1 };
}
