/**
 * The runtime's public entry for the page: everything the islands use comes from here.
 * Heavy parts (esbuild-wasm, acorn, source maps) load on demand through `import()`, so a
 * lesson page only pays for this file up front.
 */
import { createRuntime, type Runtime } from "./create-runtime.ts";
import { absoluteNow } from "./lab/clock.ts";

export type * from "./types.ts";
export type { Runtime, RuntimeOptions } from "./create-runtime.ts";
export type { Parallelism } from "./run/reference.ts";
export { createRuntime };
export { DEFAULT_BUDGET_MS, isMode, MODE_LABELS, MODES } from "./modes.ts";
export { hashHex } from "./hash.ts";

/** Starts one pool worker (bundled by Vite from this URL, served from this origin). */
export function spawnPoolWorker(): Worker {
  return new Worker(new URL("./worker/entry.ts", import.meta.url), { type: "module" });
}

/** The page's watchdog thread (see worker/watchdog.ts). */
function spawnWatchdog(): Worker {
  return new Worker(new URL("./worker/watchdog-entry.ts", import.meta.url), { type: "module" });
}

/** The runtime a page uses: real workers, the shared clock, esbuild-wasm on demand. */
export function createPageRuntime(): Runtime {
  return createRuntime({
    spawnWorker: spawnPoolWorker,
    spawnWatchdog,
    now: absoluteNow,
    compile: async (source) => (await import("./compile/browser.ts")).compileInBrowser(source),
    warmCompiler: () => void import("./compile/browser.ts").then((m) => m.warmCompiler()),
    events: globalThis,
  });
}
