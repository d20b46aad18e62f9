/**
 * The runtime's public entry for the page: everything the islands use comes from here.
 * Heavy parts (esbuild-wasm, acorn, source maps) load on demand through `import()`, so a
 * lesson page only pays for this file up front.
 */
import { createRuntime, type Runtime } from "./create-runtime.ts";
import { absoluteNow } from "./lab/clock.ts";
import readerSetupUrl from "./worker/reader-setup.ts?worker&url";

export type * from "./types.ts";
export type { Runtime, RuntimeOptions } from "./create-runtime.ts";
export type { Parallelism } from "./run/reference.ts";
export { createRuntime };
export { DEFAULT_BUDGET_MS, isMode, MODE_LABELS, MODES } from "./modes.ts";
export { hashHex } from "./hash.ts";

/**
 * The Event loop view's runtime half: the recording pass, the recorder and the steps it
 * derives. Loaded when a reader first turns the view on, never before.
 */
export const loadEventLoop = () => import("./trace/tools.ts");
export type EventLoopTools = Awaited<ReturnType<typeof loadEventLoop>>;
export type * from "./trace/loop-types.ts";

/** Starts one pool worker (bundled by Vite from this URL, served from this origin). */
export function spawnPoolWorker(): Worker {
  return new Worker(new URL("./worker/entry.ts", import.meta.url), { type: "module" });
}

/** The page's watchdog thread (see worker/watchdog.ts). */
function spawnWatchdog(): Worker {
  return new Worker(new URL("./worker/watchdog-entry.ts", import.meta.url), { type: "module" });
}

/** esbuild-wasm and the passes around it, fetched on the first compile. */
const loadCompiler = () => import("./compile/browser.ts");

/** The runtime a page uses: real workers, the shared clock, esbuild-wasm on demand. */
export function createPageRuntime(): Runtime {
  return createRuntime({
    spawnWorker: spawnPoolWorker,
    spawnWatchdog,
    now: absoluteNow,
    compile: async (source) => (await loadCompiler()).compileInBrowser(source),
    compileProgram: async (program) => (await loadCompiler()).compileProgramInBrowser(program),
    warmCompiler: () => void loadCompiler().then((m) => m.warmCompiler()),
    events: globalThis,
    readerSetupUrl,
    readerSetupBundled: import.meta.env.PROD,
  });
}
