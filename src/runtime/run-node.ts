import { startRun } from "./run-core.ts";
import type { RunHandle, RunHandlers, RunRequest } from "./types.ts";

/** Main-thread runs without a worker pool: tests and build-time checks in Node. */
export function runInNode(req: RunRequest, handlers: RunHandlers = {}): RunHandle {
  return startRun(req, handlers, {
    loadChecker: async () => (await import("./free-vars.ts")).taskFunctionProblem,
  });
}
