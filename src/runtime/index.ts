/**
 * The runtime's public entry for the page. Heavy parts (esbuild-wasm, acorn, source maps)
 * load on demand through `import()`, so a lesson page only pays for this file up front.
 */
import { hardwareConcurrency } from "./lab-core.ts";
import { WorkerPool } from "./pool.ts";
import { activeRuns, startRun, type RunEnv } from "./run-core.ts";
import type { CompileResult, RunHandle, RunHandlers, RunRequest } from "./types.ts";

export type * from "./types.ts";
export { hardwareConcurrency };

let pool: WorkerPool | undefined;

/** The page's one worker pool, shared by all runs and playgrounds. */
function getPool(): WorkerPool {
  pool ??= new WorkerPool(
    () => new Worker(new URL("./worker.ts", import.meta.url), { type: "module" }),
  );
  return pool;
}

const loadChecker: RunEnv["loadChecker"] = () =>
  import("./free-vars.ts").then((m) => m.taskFunctionProblem);
const env: RunEnv = { pool: getPool, loadChecker };

/** Compiles TypeScript in the browser; downloads esbuild-wasm on first use. */
export async function compileInBrowser(source: string): Promise<CompileResult> {
  return (await import("./compile-browser.ts")).compileInBrowser(source);
}

/** Starts loading the compiler, e.g. when a reader starts editing. */
export function warmCompiler(): void {
  void import("./compile-browser.ts").then((m) => m.warmCompiler());
}

/** Runs compiled code; output and task traces stream to `handlers` while it runs. */
export function run(req: RunRequest, handlers: RunHandlers = {}): RunHandle {
  listenForRejections();
  return startRun(req, handlers, env);
}

/**
 * Creates pool workers ahead of need (call at idle); defaults to one per core.
 * The task checker (acorn, ~34 KB gzip) is left to the first pool run so a
 * page that is only read stays within its JavaScript budget.
 */
export function prespawn(n: number = hardwareConcurrency()): void {
  getPool().ensure(n);
}

let listening = false;

function listenForRejections(): void {
  if (listening || typeof addEventListener !== "function") return;
  listening = true;
  addEventListener("unhandledrejection", (event) => {
    const stack = event.reason instanceof Error ? (event.reason.stack ?? "") : "";
    const runs = [...activeRuns.values()];
    const owner =
      runs.find((r) => stack.includes(`playground-${r.tag}`)) ??
      (runs.length === 1 ? runs[0] : undefined);
    if (!owner) return;
    event.preventDefault();
    owner.fail(event.reason);
  });
}
