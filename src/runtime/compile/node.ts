import { transform } from "esbuild";
import { createCompiler, type Transform } from "./compiler.ts";
import { createProgramCompiler } from "./program-compiler.ts";
import type { CompileResult, ProgramCompileResult, ProgramSource } from "../types.ts";

const native: Transform = async (source, options) => {
  const { code, map } = await transform(source, options);
  return { code, map };
};

/** Compiles with native esbuild: build-time precompilation and tests. */
export const compileInNode: (source: string) => Promise<CompileResult> = createCompiler(native);

/** Compiles a multi-file program with native esbuild. */
export const compileProgramInNode: (program: ProgramSource) => Promise<ProgramCompileResult> =
  createProgramCompiler(native);
