import { createPageRuntime, type Runtime } from "../../runtime/index.ts";

let runtime: Runtime | undefined;

/** The page's one runtime (worker pool, compiler), shared by every playground on it. */
export function pageRuntime(): Runtime {
  return (runtime ??= createPageRuntime());
}
