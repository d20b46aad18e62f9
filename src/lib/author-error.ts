/**
 * A mistake in a lesson or in the course file. Its message is the whole story
 * (file, line, field, what is wrong), one line per mistake, so the build can
 * print it without a stack trace that points into the platform.
 */
export class AuthorError extends Error {
  override name = "AuthorError";
  constructor(lines: readonly string[]) {
    super(lines.join("\n"));
    // A stack would point into the platform, never at the author's file;
    // without one, Astro prints the message alone.
    this.stack = "";
  }
}

/** `file:line: field: message`, leaving out whatever is unknown. */
export function located(
  file: string,
  line: number | undefined,
  field: string | undefined,
  message: string,
): string {
  return `${file}${line ? `:${line}` : ""}: ${field ? `${field}: ` : ""}${message}`;
}

/**
 * 1-based line of the first line in `text` that starts `key:` (YAML
 * frontmatter), or undefined. Keys are matched at any indentation.
 */
export function keyLine(text: string, key: string): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return lineOf(text, new RegExp(`^\\s*${escaped}\\s*:`, "m"));
}

/** 1-based line of the first match of `pattern` in `text`, or undefined. */
export function lineOf(text: string, pattern: RegExp | string): number | undefined {
  const index =
    typeof pattern === "string" ? text.indexOf(pattern) : (pattern.exec(text)?.index ?? -1);
  return index === -1 ? undefined : text.slice(0, index).split("\n").length;
}
