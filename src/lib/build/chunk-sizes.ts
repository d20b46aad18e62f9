// Build-time only: a Vite plugin for astro.config.mjs, never imported by page code.
import type { Plugin } from "vite";

/** Vite's default limit for its "Some chunks are larger than 500 kB" warning. */
export const CHUNK_WARNING_KB = 500;

/**
 * Large by nature, and loaded only when a reader starts editing: Monaco's
 * editor API, and any chunk the bundler splits out of it (its modules all from
 * monaco-editor or src/editor). Its workers are bundled apart and never reach
 * this check.
 */
const ON_DEMAND = [/^_astro\/monaco-api\./];
// Includes the virtual module of monacoTimeSliced() (src/editor/monaco-build-plugins.ts).
const EDITOR_MODULE =
  /[\\/](node_modules[\\/]monaco-editor|src[\\/]editor)[\\/]|^\0looplab:monaco-/;

function onDemand(chunk: { fileName: string; moduleIds: readonly string[] }): boolean {
  if (ON_DEMAND.some((re) => re.test(chunk.fileName))) return true;
  return chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => EDITOR_MODULE.test(id));
}

/**
 * Replaces Vite's anonymous large-chunk warning (set its limit out of reach)
 * with one that names the chunk, and stays quiet about the editor's
 * on-demand chunks, which no lesson page loads before the reader edits.
 */
export function chunkSizeReport(): Plugin {
  return {
    name: "looplab:chunk-sizes",
    apply: "build",
    generateBundle(_, bundle) {
      if (this.environment.config.consumer !== "client") return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk" || onDemand(chunk)) continue;
        const kB = Buffer.byteLength(chunk.code) / 1000;
        if (kB > CHUNK_WARNING_KB) {
          this.warn(
            `${chunk.fileName} is ${Math.round(kB)} kB minified; a lesson page may load it`,
          );
        }
      }
    },
  };
}
