import type {
  CompiledProgram,
  ProgramCompileResult,
  ProgramSource,
} from "../../../runtime/index.ts";
import type { Compiles, RuntimeRuns } from "../run-controller.ts";

interface ProgramCompiler {
  compileProgram(program: ProgramSource): Promise<ProgramCompileResult>;
}

/**
 * A program runs through the same RunController as a snippet: this compiles it with the
 * runtime's program compiler (edited programs; unedited ones run from the build) and hands
 * the compiled program to `run` as `program` instead of `code`.
 */
export function programRuntime(
  runs: RuntimeRuns,
  // Optional only until the runtime's compileProgram is merged: then it is always there.
  runtime: Partial<ProgramCompiler> & { cores: number },
): Compiles<ProgramSource, CompiledProgram> {
  return {
    compile: (program) =>
      runtime.compileProgram?.(program) ??
      Promise.resolve({
        ok: false,
        diagnostics: [{ line: 1, column: 1, message: "This page cannot compile programs" }],
      }),
    run: ({ code, ...request }, handlers) => runs.run({ ...request, program: code }, handlers),
  };
}
