import * as esbuild from "esbuild-wasm";
import wasmURL from "esbuild-wasm/esbuild.wasm?url";
import { createCompiler, type Transform } from "./compiler.ts";
import { createProgramCompiler } from "./program-compiler.ts";
import type { CompileResult, ProgramCompileResult, ProgramSource } from "../types.ts";

// esbuild-wasm may be initialized only once per page; keep the promise, not a flag.
let ready: Promise<void> | undefined;

function init(): Promise<void> {
  ready ??= esbuild.initialize({ wasmURL, worker: true }).catch((e: unknown) => {
    ready = undefined;
    throw e;
  });
  return ready;
}

const wasm: Transform = async (source, options) => {
  await init();
  const { code, map } = await esbuild.transform(source, options);
  return { code, map };
};

/** Compiles with esbuild-wasm, downloading and starting it on first use. */
export const compileInBrowser: (source: string) => Promise<CompileResult> = createCompiler(wasm);

/** Compiles a multi-file program with esbuild-wasm. */
export const compileProgramInBrowser: (program: ProgramSource) => Promise<ProgramCompileResult> =
  createProgramCompiler(wasm);

/** Starts esbuild-wasm and runs a throwaway transform so the first real compile is fast. */
export function warmCompiler(): void {
  void init()
    .then(() => esbuild.transform("let x: number = 1", { loader: "ts" }))
    .catch(() => {});
}
