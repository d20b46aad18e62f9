import type { FunctionOrigin } from "../compile/function-origin.ts";
import { TaskError } from "../pool/executors.ts";
import type { SourcePosition } from "../types.ts";

/** What a failed run knows about where its error came from. */
export interface ErrorSites {
  siteOf(e: unknown): string | undefined;
  functionOrigins(): ReadonlyMap<number, FunctionOrigin>;
}

/**
 * The message of a thrown value and its TypeScript position: from the worker's stack for a
 * task error, the error's own stack, or the `map` call it came through.
 */
export async function describeFailure(
  e: unknown,
  tag: string,
  map: string,
  sites: ErrorSites,
): Promise<{ message: string; loc?: SourcePosition }> {
  if (!(e instanceof Error)) return { message: `Uncaught ${String(e)}` };
  const message = `${e.name}: ${e.message}`;
  // Source maps are parsed only when an error needs placing.
  const { locateInStack, locateLine } = await import("../compile/locate.ts");
  // A stopped loop names its own line: its stack points after the loop, where it throws.
  const line = (e as { line?: unknown }).line;
  if (typeof line === "number") {
    const loc = locateLine(map, line);
    if (loc) return { message, loc };
  }
  const stacks = [e instanceof TaskError ? e.workerStack : undefined, e.stack, sites.siteOf(e)];
  for (const stack of stacks) {
    const loc = locateInStack(stack, tag, map, sites.functionOrigins());
    if (loc) return { message, loc };
  }
  return { message };
}
