import { readdirSync, existsSync } from "node:fs";

/** Lesson ids as built into dist/, in directory order. */
export function builtLessons(): string[] {
  if (!existsSync("dist/lessons")) return [];
  return readdirSync("dist/lessons").filter((id) => existsSync(`dist/lessons/${id}/index.html`));
}
