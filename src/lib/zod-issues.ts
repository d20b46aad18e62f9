import type { z } from "astro/zod";

/** One mistake in authored data, worded for the author. */
export interface FieldProblem {
  /** Path in the data, e.g. `objectives[0]` or `expect[1].min`. */
  field: string;
  message: string;
}

export interface DescribeOptions {
  /** Field names the schema knows, to suggest one for a misspelt key. */
  known?: readonly string[];
  /** A sentence for keys that are wrong for a known reason (a field that moved). */
  hints?: Readonly<Record<string, string>>;
}

/**
 * Turns zod issues into one short line per field. Parse with
 * `{ reportInput: true }` so a message can quote the value it rejects.
 */
export function describeIssues(error: z.ZodError, options: DescribeOptions = {}): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        field: fieldPath([...issue.path, key]),
        message: options.hints?.[key] ?? unknownKey(key, options.known ?? []),
      }));
    }
    return [{ field: fieldPath(issue.path), message: describe(issue) }];
  });
}

/** `field: message` lines, for an error that lists every problem at once. */
export function problemLines(problems: readonly FieldProblem[]): string[] {
  return problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message));
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function describe(issue: z.core.$ZodIssue): string {
  const got = "input" in issue && issue.input !== undefined ? `, got ${show(issue.input)}` : "";
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "required" : `expected ${noun(issue.expected)}${got}`;
    case "too_small":
      return `${tooSmall(issue)}${issue.origin === "number" ? got : ""}`;
    case "too_big":
      return `${tooBig(issue)}${issue.origin === "number" ? got : ""}`;
    case "invalid_value":
      return `expected ${issue.values.map((v) => show(v)).join(", ")}${got}`;
    case "invalid_format":
      return `${issue.message}${got}`;
    default:
      return issue.message;
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const n = Number(issue.minimum);
  if (issue.origin === "string") return n <= 1 ? "must not be empty" : `needs ${n} characters`;
  if (issue.origin === "array") return `needs at least ${n} ${n === 1 ? "entry" : "entries"}`;
  return issue.inclusive ? `must be at least ${n}` : `must be greater than ${n}`;
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const n = Number(issue.maximum);
  if (issue.origin === "string") return `takes at most ${n} characters`;
  if (issue.origin === "array") return `takes at most ${n} entries`;
  return issue.inclusive ? `must be at most ${n}` : `must be less than ${n}`;
}

const NOUNS: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "text in quotes",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

function noun(expected: string): string {
  return NOUNS[expected] ?? expected;
}

function show(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "function" || typeof value === "symbol") return typeof value;
  return JSON.stringify(value) ?? "undefined";
}

function unknownKey(key: string, known: readonly string[]): string {
  const near = known.find((k) => distance(k, key) <= 2);
  return near ? `unknown field; did you mean "${near}"?` : "unknown field";
}

/** Levenshtein distance, for "did you mean" on short field names. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
    }
    row = next;
  }
  return row[b.length] ?? Infinity;
}
