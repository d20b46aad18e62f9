import type { CompileResult } from "../runtime/node.ts";

/**
 * JSON for a `<script type="application/json">`: `<` is escaped so code that
 * contains `</script>` cannot end the element early.
 */
export function programJson(source: string, compiled: CompileResult): string {
  return JSON.stringify({ source, compiled }).replace(/</g, "\\u003c");
}
