import { hashHex } from "../hash.ts";
import type { CompiledModule, Diagnostic, ProgramCompileResult, ProgramSource } from "../types.ts";
import {
  TRANSFORM_OPTIONS,
  toDiagnostic,
  type EsbuildMessage,
  type Transform,
} from "./compiler.ts";
import { rewriteAsModule, type Resolve } from "./module-rewrite.ts";
import { recent } from "./recent.ts";
import { offsetToPosition, toSourcePosition } from "./source-map.ts";

const CACHE_SIZE = 50;

/** Compiles multi-file programs, each file to an ES module; results are cached by content. */
export function createProgramCompiler(
  transform: Transform,
): (program: ProgramSource) => Promise<ProgramCompileResult> {
  const keyOf = (p: ProgramSource) => hashHex(JSON.stringify([p.entry, Object.entries(p.files)]));
  return recent(CACHE_SIZE, keyOf, (program, hash) => compileProgram(transform, program, hash));
}

async function compileProgram(
  transform: Transform,
  program: ProgramSource,
  hash: string,
): Promise<ProgramCompileResult> {
  const names = Object.keys(program.files);
  if (!names.includes(program.entry))
    return fail(program.entry, `The entry file ${program.entry} is not one of the files`);
  const modules: Record<string, CompiledModule> = {};
  const diagnostics: Diagnostic[] = [];
  for (const file of names) {
    const compiled = await compileFile(transform, file, program.files[file]!, resolverFor(names));
    if ("diagnostics" in compiled) diagnostics.push(...compiled.diagnostics);
    else modules[file] = compiled;
  }
  if (diagnostics.length) return { ok: false, diagnostics };
  return { ok: true, entry: program.entry, modules, hash };
}

async function compileFile(
  transform: Transform,
  file: string,
  source: string,
  resolve: Resolve,
): Promise<CompiledModule | { diagnostics: Diagnostic[] }> {
  let out: { code: string; map: string };
  try {
    out = await transform(source, { ...TRANSFORM_OPTIONS, sourcefile: file });
  } catch (e) {
    const errors = (e as { errors?: EsbuildMessage[] }).errors;
    if (!errors) throw e;
    return { diagnostics: errors.map((m) => ({ ...toDiagnostic(m), file })) };
  }
  const rewritten = rewriteAsModule(out.code, resolve);
  if (!rewritten.ok) {
    const diagnostics = rewritten.errors.map(({ offset, message }): Diagnostic => {
      const gen = offsetToPosition(out.code, offset);
      const pos = toSourcePosition(out.map, gen.line, gen.column) ?? { line: 1, column: 1 };
      return { ...pos, message, file };
    });
    return { diagnostics };
  }
  const map = JSON.stringify({
    ...(JSON.parse(out.map) as object),
    x_looplab_shifts: rewritten.shifts,
  });
  return { code: rewritten.code, map, imports: rewritten.imports, names: rewritten.names };
}

/**
 * Relative specifiers name the program's files, with or without `.ts`, as in a Vite project;
 * `#id` names a cell: the playground `id` above on the same page, given as a file named `#id`.
 */
export function resolverFor(files: readonly string[]): Resolve {
  return (specifier) => {
    if (specifier.startsWith("#"))
      return files.includes(specifier)
        ? { file: specifier }
        : {
            error: `${specifier} is not a playground above this one on the page: a cell can import only those`,
          };
    if (!/^\.\.?\//.test(specifier))
      return {
        error: `Only "lab", this playground's files (./name.ts) and cells above it (#id) can be imported, not "${specifier}"`,
      };
    const name = specifier.replace(/^(\.\/)+/, "");
    const file = [name, `${name}.ts`].find((f) => files.includes(f));
    if (file) return { file };
    return {
      error: `${specifier} is not a file of this playground (its files: ${files.join(", ")})`,
    };
  };
}

function fail(file: string, message: string): ProgramCompileResult {
  return { ok: false, diagnostics: [{ line: 1, column: 1, message, file }] };
}
