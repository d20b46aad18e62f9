import type { CompileResult, Diagnostic } from "../types.ts";
import { recent } from "./recent.ts";
import { rewriteModule } from "./rewrite.ts";
import { hashHex } from "../hash.ts";
import { offsetToPosition, toSourcePosition } from "./source-map.ts";

/** The one set of esbuild options, shared by the browser (esbuild-wasm) and Node (native). */
export const TRANSFORM_OPTIONS = {
  loader: "ts",
  format: "esm",
  target: "es2022",
  sourcemap: "external",
  sourcefile: "playground.ts",
  sourcesContent: false,
  charset: "utf8",
} as const;

/** The options as esbuild takes them: a program's files each give their own `sourcefile`. */
export type TransformOptions = Omit<typeof TRANSFORM_OPTIONS, "sourcefile"> & {
  sourcefile: string;
};

/** esbuild's `transform`, native or wasm; only this differs between environments. */
export type Transform = (
  source: string,
  options: TransformOptions,
) => Promise<{ code: string; map: string }>;

export interface EsbuildMessage {
  text: string;
  location: { line: number; column: number } | null;
}

const CACHE_SIZE = 100;

export function createCompiler(transform: Transform): (source: string) => Promise<CompileResult> {
  return recent(CACHE_SIZE, hashHex, (source, hash) => compileWith(transform, source, hash));
}

async function compileWith(
  transform: Transform,
  source: string,
  hash: string,
): Promise<CompileResult> {
  let out: { code: string; map: string };
  try {
    out = await transform(source, TRANSFORM_OPTIONS);
  } catch (e) {
    const errors = (e as { errors?: EsbuildMessage[] }).errors;
    if (!errors) throw e;
    return { ok: false, diagnostics: errors.map(toDiagnostic) };
  }
  const rewritten = rewriteModule(out.code);
  if (!rewritten.ok) {
    const diagnostics = rewritten.errors.map(({ offset, message }): Diagnostic => {
      const gen = offsetToPosition(out.code, offset);
      const pos = toSourcePosition(out.map, gen.line, gen.column) ?? { line: 1, column: 1 };
      return { ...pos, message };
    });
    return { ok: false, diagnostics };
  }
  // The column shifts of our edits ride in the source map: they are part of the mapping.
  const map = JSON.stringify({
    ...(JSON.parse(out.map) as object),
    x_looplab_shifts: rewritten.shifts,
  });
  return { ok: true, code: rewritten.code, map, names: rewritten.names, hash };
}

export function toDiagnostic(m: EsbuildMessage): Diagnostic {
  return { line: m.location?.line ?? 1, column: (m.location?.column ?? 0) + 1, message: m.text };
}
