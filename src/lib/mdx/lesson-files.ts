import { existsSync, statSync } from "node:fs";
import { join, normalize } from "node:path";

/** A file an author names relative to the lesson, e.g. `file="io.ts"`. */
export interface LessonFile {
  /** Path from the project root, for messages: `content/lessons/x/io.ts`. */
  path: string;
  /** What the lesson's MDX imports to get the text: `./io.ts?raw`. */
  specifier: string;
}

/**
 * Resolves a file named relative to a lesson folder, or says why it cannot.
 * One helper for every prop that names lesson files (`file` today, a list of
 * files for multi-file playgrounds later), so they all accept the same names.
 */
export function lessonFile(lessonDir: string, name: string): LessonFile | { error: string } {
  const clean = normalize(name);
  if (name.startsWith("/") || clean.startsWith("..")) {
    return { error: `"${name}" must be a file inside the lesson folder` };
  }
  if (!/\.ts$/.test(clean)) return { error: `"${name}" must be a TypeScript file (.ts)` };
  const path = join(lessonDir, clean);
  if (!existsSync(path) || !statSync(path).isFile()) {
    return { error: `"${name}" does not exist (looked for ${path})` };
  }
  return { path, specifier: `./${clean}?raw` };
}
