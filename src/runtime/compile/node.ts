import { transform } from "esbuild";
import { createCompiler } from "./compiler.ts";
import type { CompileResult } from "../types.ts";

/** Compiles with native esbuild: build-time precompilation and tests. */
export const compileInNode: (source: string) => Promise<CompileResult> = createCompiler(
  async (source, options) => {
    const { code, map } = await transform(source, options);
    return { code, map };
  },
);
