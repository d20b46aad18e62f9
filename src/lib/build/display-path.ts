import { isAbsolute, relative, resolve } from "node:path";

/**
 * A file as an author's messages name it: relative to the project when it is inside it,
 * absolute when it is not (a course kept beside the project), never `../../…`.
 */
export function displayPath(path: string, root: string = process.cwd()): string {
  const rel = relative(root, resolve(root, path));
  return rel.startsWith("..") || isAbsolute(rel) ? resolve(root, path) : rel;
}
