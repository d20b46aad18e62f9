import type { CompiledProgram, ProgramSource, Runtime } from "../../../runtime/index.ts";
import type { Compiles, RuntimeRuns } from "../run-controller.ts";

/**
 * A program runs through the same RunController as a snippet: this compiles it with the
 * runtime's program compiler (edited programs; unedited ones run from the build) and hands
 * the compiled program to `run` as `program` instead of `code`.
 */
export function programRuntime(
  runs: RuntimeRuns,
  runtime: Pick<Runtime, "compileProgram">,
): Compiles<ProgramSource, CompiledProgram> {
  return {
    compile: (program) => runtime.compileProgram(program),
    run: ({ code, ...request }, handlers) => runs.run({ ...request, program: code }, handlers),
  };
}
