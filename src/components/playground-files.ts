import { dirname } from "node:path";
import { codeToHtml } from "shiki";
import { CODE_THEMES } from "../lib/code-themes.ts";
import { compileProgramInNode, type CompiledProgram, type ProgramSource } from "../runtime/node.ts";

/** One file of a multi-file playground as the page shows it before any script runs. */
export interface ShownFile {
  name: string;
  /** shiki's highlighted `<pre>`. */
  html: string;
}

/**
 * Compiles a multi-file program at build time (an unedited one then runs without a compiler
 * download) and highlights each file. A file that does not compile throws, naming the file
 * beside the lesson, its line and column.
 */
export async function buildProgram(
  program: ProgramSource,
  where: {
    mdx: string | undefined;
    id: string;
    /** The folder under the lesson a file is read from, when not `<id>` (an exercise's solution). */
    folderOf?: (file: string) => string;
  },
  fail: (message: string) => Error,
): Promise<{ compiled: CompiledProgram; shown: ShownFile[] }> {
  const compiled = await compileProgramInNode(program);
  if (!compiled.ok) {
    // `__mdx` is "content/lessons/x/index.mdx:12": the files sit in <id>/ beside it.
    const lessonDir = where.mdx ? `${dirname(where.mdx.replace(/:\d+$/, ""))}/` : "";
    const lines = compiled.diagnostics.map((d) => {
      const file = d.file ?? program.entry;
      const folder = where.folderOf?.(file) ?? where.id;
      return `${lessonDir && `${lessonDir}${folder}/`}${file}:${d.line}:${d.column}: ${d.message}`;
    });
    throw fail(`does not compile: ${lines.join("; ")}`);
  }
  const shown = await Promise.all(
    Object.entries(program.files).map(async ([name, text]) => ({
      name,
      html: await codeToHtml(text, { lang: "ts", themes: CODE_THEMES, defaultColor: false }),
    })),
  );
  return { compiled, shown };
}
