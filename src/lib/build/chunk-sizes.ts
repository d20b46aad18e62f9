// Build-time only: a Vite plugin for astro.config.mjs, never imported by page code.
import type { Plugin } from "vite";

/** Vite's default limit for its "Some chunks are larger than 500 kB" warning. */
export const CHUNK_WARNING_KB = 500;

/**
 * Large by nature, and loaded only when a reader starts editing: Monaco's
 * editor API. (Its workers are bundled apart and never reach this check.)
 */
const ON_DEMAND = [/^_astro\/monaco-api\./];

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
        if (chunk.type !== "chunk" || ON_DEMAND.some((re) => re.test(chunk.fileName))) continue;
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
