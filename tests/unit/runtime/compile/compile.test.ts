import { describe, expect, it } from "vitest";
import { compileInNode } from "../../../../src/runtime/node.ts";
import { toSourcePosition } from "../../../../src/runtime/compile/source-map.ts";

describe("compileInNode", () => {
  it("strips types and rewrites lab imports on the same line", async () => {
    const r = await compileInNode(
      'import { sleep, now as t } from "lab";\nconst x: number = 1;\nawait sleep(x);\nconsole.log(t());\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lines = r.code.split("\n");
    expect(lines[0]).toContain('const { sleep, now: t } = __import({ sleep: "sleep", t: "now" });');
    expect(lines[2]).toContain("await sleep(x)");
    expect(r.hash).toMatch(/^[0-9a-f]{14}$/);
  });

  it("reports syntax errors at the TypeScript position", async () => {
    const r = await compileInNode("const a = 1;\nconst x: = 2;\n");
    expect(r).toEqual({
      ok: false,
      diagnostics: [{ line: 2, column: 10, message: 'Unexpected "="' }],
    });
  });

  it("rejects imports other than lab at the import's line", async () => {
    const r = await compileInNode('type T = number;\n\nimport { x } from "fs";\nconsole.log(x);\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics[0]?.line).toBe(3);
    expect(r.diagnostics[0]?.message).toContain('not "fs"');
  });

  it("rejects names lab does not export", async () => {
    const r = await compileInNode('import { sleep, nap } from "lab";\nawait nap(1);\n');
    expect(r).toEqual({
      ok: false,
      diagnostics: [{ line: 1, column: 17, message: '"lab" has no export named "nap"' }],
    });
  });

  it("collects exports", async () => {
    const r = await compileInNode(
      "export const a: number = 1;\nexport function f() { return 2; }\nlet q = 3;\nexport { q as qq };\n",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.code).not.toMatch(/\bexport\b/);
    expect(r.code).toContain("__exports({");
    expect(r.code).toContain(`"qq": q`);
  });

  it("maps a position in the compiled body back to the TypeScript line", async () => {
    const src =
      "interface P { x: number }\n\nfunction f(p: P): number {\n  for (const k of [1]) {\n    throw new Error('boom ' + k + p.x);\n  }\n  return 0;\n}\nf({ x: 1 });\n";
    const r = await compileInNode(src);
    if (!r.ok) throw new Error("compile failed");
    const lines = r.code.split("\n");
    const line = lines.findIndex((l) => l.includes("throw new Error")) + 1;
    const column = lines[line - 1]!.indexOf("throw new Error") + 1;
    expect(toSourcePosition(r.map, line, column)).toEqual({ line: 5, column: 5 });
  });

  it("caches by source hash", async () => {
    const a = await compileInNode("let z = 1;");
    expect(await compileInNode("let z = 1;")).toBe(a);
  });
});
