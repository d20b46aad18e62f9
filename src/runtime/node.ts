/**
 * The runtime's entry for Node: build-time compilation of examples, and tests. Runs go on
 * the main thread only (there is no worker pool in Node).
 */
import { compileInNode, compileProgramInNode } from "./compile/node.ts";
import { createRuntime, type Runtime } from "./create-runtime.ts";
import { absoluteNow } from "./lab/clock.ts";

export { compileInNode, compileProgramInNode };
export type * from "./types.ts";

/** A runtime without workers, compiling with native esbuild. */
export function createNodeRuntime(now: () => number = absoluteNow): Runtime {
  return createRuntime({ now, compile: compileInNode, compileProgram: compileProgramInNode });
}
