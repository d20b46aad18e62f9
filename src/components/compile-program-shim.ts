// Stand-in for `compileProgramInNode` from src/runtime/node.ts until the runtime provides it:
// the same signature, each file compiled to an ES module by esbuild with its imports listed.
// Delete this file and import the real one in playground-files.ts once it exists.
import { transform, type Message } from "esbuild";
import { hashHex } from "../runtime/hash.ts";
import type {
  CompiledModule,
  Diagnostic,
  ProgramCompileResult,
  ProgramSource,
} from "../runtime/types.ts";

/** `from "./x.ts"`, `import("./x.ts")` and `new URL("./x.ts", import.meta.url)`. */
const RELATIVE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bnew\s+URL\s*\(\s*)["']\.\/([^"']+)["']/g;

export async function compileProgramInNode(src: ProgramSource): Promise<ProgramCompileResult> {
  const modules: Record<string, CompiledModule> = {};
  const diagnostics: Diagnostic[] = [];
  for (const [file, text] of Object.entries(src.files)) {
    try {
      const { code, map } = await transform(text, {
        loader: "ts",
        format: "esm",
        target: "es2022",
        sourcemap: "external",
        sourcefile: file,
      });
      const imports = [...text.matchAll(RELATIVE)].map((m) => ({ name: m[1] ?? "", at: m.index }));
      for (const { name, at } of imports) {
        if (name in src.files) continue;
        const { line, column } = position(text, at);
        diagnostics.push({ file, line, column, message: `imports "./${name}", not a file here` });
      }
      // `names` feeds the runtime's task-function check, which this stand-in does not do.
      modules[file] = { code, map, imports: [...new Set(imports.map((i) => i.name))], names: [] };
    } catch (error) {
      const errors = (error as { errors?: Message[] }).errors ?? [];
      for (const e of errors) {
        diagnostics.push({
          file,
          line: e.location?.line ?? 1,
          column: (e.location?.column ?? 0) + 1,
          message: e.text,
        });
      }
    }
  }
  if (diagnostics.length) return { ok: false, diagnostics };
  return { ok: true, entry: src.entry, modules, hash: hashHex(JSON.stringify(src)) };
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
