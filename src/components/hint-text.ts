/** A hint's text as runs of prose and `code`, for rendering without HTML from authors. */
export function hintParts(text: string): { code: boolean; text: string }[] {
  return text
    .split("`")
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((p) => p.text !== "");
}
