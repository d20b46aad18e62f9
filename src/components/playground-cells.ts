import { cellFile, cellIds } from "../runtime/node.ts";

/** The entry's name when a single-file playground runs as a program with the cells it imports. */
export const CELL_IMPORTER_ENTRY = "main.ts";

/**
 * The cells (`#id`) that `sources` import, and the cells those import, as program files
 * (`"#sites": code`), from the playgrounds above on the page (`above`, by id). An id that is
 * not among them fails the build: a lesson stays self-contained, whatever order it is in.
 */
export function cellFiles(
  sources: readonly string[],
  above: Readonly<Record<string, string>> | undefined,
  fail: (message: string) => Error,
): Record<string, string> {
  const files: Record<string, string> = {};
  const queue = sources.flatMap(cellIds);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (cellFile(id) in files) continue;
    const code = above?.[id];
    if (code === undefined)
      throw fail(
        `imports #${id}, which is not a playground above this one on the page: ` +
          "a playground can import only those (a lesson stays self-contained)",
      );
    files[cellFile(id)] = code;
    queue.push(...cellIds(code));
  }
  return files;
}
