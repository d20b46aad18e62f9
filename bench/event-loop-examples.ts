// Every playground of the course that the Event loop view can record (examples and exercise
// starters of one file, importing no cells), read from the lessons' MDX: its source and the
// mode it runs in by default.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Mode } from "../src/runtime/index.ts";
import { cellIds } from "../src/runtime/compile/cell-ids.ts";

export interface LessonExample {
  name: string;
  source: string;
  mode: Mode;
  workers?: number;
  budgetMs?: number;
}

const IMPORT = /import (\w+) from "\.\/([\w.-]+\.ts)\?raw";/g;
const BLOCK = /<(?:Playground|Exercise)\b([^>]*?)\/?>/gs;

export function lessonExamples(root = "content/lessons"): LessonExample[] {
  const out: LessonExample[] = [];
  for (const lesson of readdirSync(root).sort()) {
    let mdx: string;
    try {
      mdx = readFileSync(join(root, lesson, "index.mdx"), "utf8");
    } catch {
      continue;
    }
    const files = new Map([...mdx.matchAll(IMPORT)].map((m) => [m[1]!, m[2]!]));
    for (const [, props] of mdx.matchAll(BLOCK)) {
      const code = /\b(?:code|starter)=\{(\w+)\}/.exec(props!)?.[1];
      const file = code && files.get(code);
      if (!file) continue;
      const source = readFileSync(join(root, lesson, file), "utf8");
      // A snippet that imports cells is a program, which the Event loop view does not record.
      if (cellIds(source).length) continue;
      const mode = (/\bmode="(\w+)"/.exec(props!)?.[1] ?? "serial") as Mode;
      const workers = /\bworkers=\{(\d+)\}/.exec(props!)?.[1];
      const budget = /\bbudgetMs=\{([\d_]+)\}/.exec(props!)?.[1];
      out.push({
        name: `${lesson}/${file}`,
        source,
        mode,
        ...(workers ? { workers: Number(workers) } : {}),
        ...(budget ? { budgetMs: Number(budget.replaceAll("_", "")) } : {}),
      });
    }
  }
  return out;
}
