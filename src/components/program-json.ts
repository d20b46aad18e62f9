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

function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
