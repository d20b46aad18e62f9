// Build-time only: a Vite plugin for astro.config.mjs, never imported by page code.
import { readFileSync } from "node:fs";
import { cellIds } from "../../runtime/compile/cell-ids.ts";
import { dirname, relative, resolve } from "node:path";
import type { Plugin } from "vite";
import type { CompileResult } from "../../runtime/node.ts";
import { AuthorError } from "../author-error.ts";
import { displayPath } from "../build/display-path.ts";
import { lessonHref } from "../course.ts";
import { indexLessons } from "./lesson-index.ts";
import { transformLesson, type ExampleFile } from "./lesson-transform.ts";

export interface LessonSourceOptions {
  /** Folder of lesson folders, from the project root. */
  lessonsDir: string;
  /** The site's base path, for the URLs of `lesson:` links. */
  base: string;
  /** Whether a build includes drafts; `astro dev` always does. */
  drafts: boolean;
  /** The compiler the page uses (compileInNode), passed in so this module stays build plumbing. */
  compile: (source: string) => Promise<CompileResult>;
}

/**
 * Runs `transformLesson` on every lesson's `index.mdx` before the MDX compiler
 * sees it. A mistake it finds fails the build, and in `astro dev` shows in the
 * browser's error overlay instead of leaving the last good page up.
 */
export function lessonSources(options: LessonSourceOptions): Plugin {
  const lessonsDir = resolve(options.lessonsDir);
  let drafts = options.drafts;
  return {
    name: "looplab:lesson-sources",
    enforce: "pre",
    configResolved(config) {
      drafts ||= config.command === "serve";
    },
    transform: {
      // Before @astrojs/mdx, which also runs in the "pre" group.
      order: "pre",
      filter: { id: /\.mdx$/ },
      async handler(source, id) {
        const lessonDir = dirname(id);
        if (dirname(lessonDir) !== lessonsDir) return null;
        const root = process.cwd();
        const { code, examples } = transformLesson(source, {
          file: displayPath(id, root),
          lessonDir: relative(root, lessonDir),
          lessons: indexLessons(lessonsDir),
          href: (lesson) => lessonHref(options.base, lesson),
          drafts,
        });
        const problems = await compileProblems(examples, options.compile);
        if (problems.length) throw new AuthorError(problems);
        for (const example of examples) this.addWatchFile(resolve(example.path));
        return { code, map: null };
      },
    },
  };
}

/**
 * Compiles each example as the page will, so a syntax error names its `.ts`
 * file and line (`content/lessons/x/io.ts:25:19`) and the tag that shows it.
 */
async function compileProblems(
  examples: readonly ExampleFile[],
  compile: LessonSourceOptions["compile"],
): Promise<string[]> {
  const problems: string[] = [];
  for (const example of examples) {
    const text = readFileSync(example.path, "utf8").replace(/\s+$/, "") + "\n";
    // One that imports cells (#id) compiles with them, in its <Playground>, which names the file.
    if (cellIds(text).length) continue;
    const result = await compile(text);
    if (result.ok) continue;
    for (const d of result.diagnostics) {
      problems.push(
        `${example.path}:${d.line}:${d.column}: ${d.message} (shown by ${example.tag} at ${example.at})`,
      );
    }
  }
  return problems;
}
