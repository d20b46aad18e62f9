import { describe, expect, it } from "vitest";
import { compileProgramInNode } from "../../../../src/runtime/node.ts";
import { MODULE_PROLOGUE, PLACEHOLDER } from "../../../../src/runtime/compile/module-text.ts";
import { resolverFor } from "../../../../src/runtime/compile/program-compiler.ts";
import { toSourcePosition } from "../../../../src/runtime/compile/source-map.ts";
import type { CompiledProgram } from "../../../../src/runtime/types.ts";

async function compiled(files: Record<string, string>): Promise<CompiledProgram> {
  const r = await compileProgramInNode({ entry: "main.ts", files });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r;
}

const placeholders = (code: string) =>
  [...code.matchAll(PLACEHOLDER)].map((m) => `${m[1]}:${m[2]}`);

describe("compiling a multi-file program", () => {
  it("keeps each file an ES module whose imports of the program's files are placeholders", async () => {
    const p = await compiled({
      "main.ts": [
        'import { sleep } from "lab";',
        'import { add } from "./shared";',
        'const w = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });',
        "await sleep(1);",
        "export const total: number = add(1, 2);",
      ].join("\n"),
      "shared.ts": "export const add = (a: number, b: number) => a + b;",
      "worker.ts":
        'import { add } from "./shared.ts";\nexport {};\nonmessage = (e) => postMessage(add(e.data, 1));',
    });
    const main = p.modules["main.ts"]!;
    expect(main.code.startsWith(MODULE_PROLOGUE)).toBe(true);
    expect(placeholders(main.code)).toEqual(["file:shared.ts", "worker:worker.ts"]);
    expect(main.code).toMatch(/const \{ sleep \} = __import\(/);
    expect(main.code).toMatch(/export \{\s*total\s*\}/);
    expect(main.imports.sort()).toEqual(["shared.ts", "worker.ts"]);
    expect(placeholders(p.modules["worker.ts"]!.code)).toEqual(["file:shared.ts"]);
    // Lines are kept, so frames map straight back to each file's TypeScript.
    expect(main.code.split("\n")[4]).toContain("add(1, 2)");
    expect(toSourcePosition(main.map, 5, 1)).toEqual({ line: 5, column: 8 });
  });

  it("adds stop checks to loops in every file", async () => {
    const p = await compiled({
      "main.ts": 'import "./spin.ts";',
      "spin.ts": "export function spin() { while (true) {} }",
    });
    expect(p.modules["spin.ts"]!.code).toContain("if (__stop[0] !== 0)");
  });

  it("names the file and line of every problem", async () => {
    const r = await compileProgramInNode({
      entry: "main.ts",
      files: {
        "main.ts": 'import { x } from "./nope.ts";\nconsole.log(x);',
        "worker.ts": "\nconst y = ;",
        "util.ts": 'import React from "react";\nexport const r = React;',
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual([
      "main.ts:1",
      "worker.ts:2",
      "util.ts:1",
    ]);
    expect(r.diagnostics[0]!.message).toBe(
      "./nope.ts is not a file of this playground (its files: main.ts, worker.ts, util.ts)",
    );
    expect(r.diagnostics[2]!.message).toContain('not "react"');
  });

  it("says so when the entry is missing", async () => {
    const r = await compileProgramInNode({ entry: "main.ts", files: { "app.ts": "" } });
    expect(r).toMatchObject({ ok: false, diagnostics: [{ file: "main.ts" }] });
  });

  it("resolves specifiers with or without .ts, as a Vite project does", () => {
    const resolve = resolverFor(["main.ts", "shared.ts"]);
    expect(resolve("./shared.ts")).toEqual({ file: "shared.ts" });
    expect(resolve("./shared")).toEqual({ file: "shared.ts" });
    expect(resolve("../shared.ts")).toHaveProperty("error");
    expect(resolve("shared")).toHaveProperty("error");
  });
});
