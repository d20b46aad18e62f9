import type { CompileResult } from "../runtime/node.ts";
import type { ProgramCompileResult, ProgramSource } from "../runtime/types.ts";

/**
 * JSON for a `<script type="application/json">`: `<` is escaped so code that
 * contains `</script>` cannot end the element early.
 */
export function programJson(source: string, compiled: CompileResult): string {
  return safeJson({ source, compiled });
}

/** The same for a multi-file playground: its files and their build-time compilation. */
export function filesProgramJson(program: ProgramSource, compiled: ProgramCompileResult): string {
  return safeJson({ program, compiled });
}

/**
 * The same for a playground that imports cells: its source, the build-time compilation of
 * it with the cells as they were then (`cells`, by file name `#id`), to tell when a reader's
 * edit of a cell makes the compilation stale.
 */
export function cellsProgramJson(
  source: string,
  compiled: ProgramCompileResult,
  cells: Record<string, string>,
): string {
  return safeJson({ source, compiled, cells });
}

/** An exercise's model solution of several files, by name, for "Load into the editor". */
export function solutionFilesJson(files: Readonly<Record<string, string>>): string {
  return safeJson(files);
}

function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
