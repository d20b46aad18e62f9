import { parse, type Node } from "acorn";
import { describe, expect, it } from "vitest";
import {
  blankGuards,
  ENTRY_CHECK,
  EXPRESSION_OPEN,
  loopCheck,
  loopClose,
  loopOpen,
} from "../../../../src/runtime/compile/guard-text.ts";
import { recursiveFunctions } from "../../../../src/runtime/compile/recursion.ts";
import { rewriteModule } from "../../../../src/runtime/compile/rewrite.ts";

/** Names of the functions found recursive in `src`. */
function recursive(src: string): string[] {
  const ast = parse(src, { ecmaVersion: "latest", sourceType: "module" });
  return [...recursiveFunctions(ast)]
    .map((f) => {
      const fn = f as Node & { id?: { name: string } | null; start: number };
      return fn.id?.name ?? src.slice(fn.start, fn.start + 12);
    })
    .sort();
}

describe("stop checks", () => {
  it("go into every loop body and recursive function, keeping lines, and nothing else", () => {
    const src =
      "for (;;) x();\nwhile (a) { b(); }\ndo c(); while (d);\nfor (const k in o) {}\n" +
      "function f(v) { for (const x of v) y(x); }\nconst g = (n) => n * 2;\n" +
      "const h = (n) => n ? h(n - 1) : 0;\nfunction r(n) { return n && r(n - 1); }\n";
    const r = rewriteModule(src);
    if (!r.ok) throw new Error("rewrite");
    const [o, c, e] = [loopOpen, loopCheck, loopClose];
    expect(r.code.split("\n").slice(0, 8)).toEqual([
      `"use strict";{${o(1)}for (;;) {${c(1)}x();}${e(1, 1)}`,
      `${o(2)}while (a) {${c(2)} b(); }${e(2, 2)}`,
      `${o(3)}do {${c(3)}c();} while (d);${e(3, 3)}`,
      `${o(4)}for (const k in o) {${c(4)}}${e(4, 4)}`,
      `function f(v) { ${o(5)}for (const x of v) {${c(5)}y(x);}${e(5, 5)} }`,
      "const g = (n) => n * 2;",
      `const h = (n) => ${EXPRESSION_OPEN}n ? h(n - 1) : 0);`,
      `function r(n) {${ENTRY_CHECK} return n && r(n - 1); }`,
    ]);
    // The benchmarks' control: the same code with the checks blanked, columns kept.
    const blank = blankGuards(r.code).split("\n");
    expect(blank[4]).toMatch(/^function f\(v\) \{ +for \(const x of v\) \{ +y\(x\);\} +\}$/);
    expect(blank[6]).toMatch(/^const h = \(n\) => \( +n \? h\(n - 1\) : 0\);$/);
  });

  it("keep labels on their loops, and nest loops that share a position", () => {
    const src = "outer: for (;;) for (;;) { if (a) continue outer; break outer; }\n";
    const r = rewriteModule(src);
    if (!r.ok) throw new Error("rewrite");
    const parse = () =>
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- parsing compiled output is the point
      new Function("__stop", "__Halt", r.code.replace('"use strict";', ""));
    expect(parse).not.toThrow();
    expect(r.code).toContain(
      `${loopOpen(2)}outer: for (;;) {${loopCheck(2)}${loopOpen(1)}for (;;)`,
    );
  });

  it("keep a parenthesised object body an expression", () => {
    const r = rewriteModule("const t = (n) => ({ d: n && t(n - 1) });\n");
    expect(r.ok && r.code).toContain(`=> (${EXPRESSION_OPEN}{ d: n && t(n - 1) }));`);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- parsing compiled output is the point
    expect(() => new Function(r.ok ? r.code.replace('"use strict";', "") : "")).not.toThrow();
  });
});

describe("recursive functions", () => {
  it("finds direct, mutual and method recursion, not plain helpers", () => {
    expect(recursive("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }")).toEqual([
      "fib",
    ]);
    expect(recursive("function a(n) { return b(n); }\nfunction b(n) { return a(n); }")).toEqual([
      "a",
      "b",
    ]);
    expect(recursive("const o = { m(n) { return o.m(n); } };")).toEqual(["(n) { return"]);
    expect(
      recursive("function sq(x) { return x * x; }\nfunction sum(a) { return sq(a[0]); }"),
    ).toEqual([]);
  });

  it("assumes a callback handed to other code may come back", () => {
    const found = recursive("const t = (n) => [1, 2].map(() => t(n - 1)).length;");
    expect(found.length).toBeGreaterThan(0);
    // Math and console never call back.
    expect(recursive("function f(x) { return Math.max(x, 1); }")).toEqual([]);
  });
});
