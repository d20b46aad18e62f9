import { describe, expect, it } from "vitest";
import { parse } from "acorn";
import { declaredNames } from "../../../../src/runtime/compile/declared-names.ts";
import { freeVariables, taskFunctionProblem } from "../../../../src/runtime/run/free-vars.ts";

const globals = new Set(["Math", "console", "sleep", "JSON"]);
const available = (n: string) => globals.has(n);

describe("freeVariables", () => {
  it("ignores params, locals, properties and labels", () => {
    const src =
      "function work(n, { a, b: [c] } = {}, ...rest) { const x = n + a + c; outer: for (let i = 0; i < x; i++) { if (i) continue outer; } return { x, y: Math.max(x, rest.length), [key]: o.p }; }";
    expect(freeVariables(src).sort()).toEqual(["Math", "key", "o"]);
  });

  it("handles arrows, catch params, classes and recursion", () => {
    expect(freeVariables("async (n) => { try { await sleep(n) } catch (e) { return e } }")).toEqual(
      ["sleep"],
    );
    expect(freeVariables("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }")).toEqual(
      [],
    );
    expect(freeVariables("x => { class A extends Base {} return new A(x) }")).toEqual(["Base"]);
  });

  it("reads method shorthand", () => {
    expect(freeVariables("work(x) { return x * factor }")).toEqual(["factor"]);
  });
});

describe("taskFunctionProblem", () => {
  it("names the main-thread variable and what to do", () => {
    expect(taskFunctionProblem("function work(n) { return n < limit }", "work", available)).toBe(
      'Task function "work" uses "limit", which lives on the main thread. A worker has its own memory: pass "limit" as an argument instead (or, if it is a helper function, define it inside the task function).',
    );
  });

  it("accepts functions that only use globals and lab helpers", () => {
    expect(
      taskFunctionProblem(
        "async (n) => { await sleep(n); console.log(JSON.stringify(n)); }",
        "",
        available,
      ),
    ).toBeUndefined();
  });

  it("rejects native functions", () => {
    expect(taskFunctionProblem("function max() { [native code] }", "max", available)).toMatch(
      /built-in/,
    );
  });
});

describe("declaredNames", () => {
  it("lists names bound anywhere in the snippet, not lab imports", () => {
    const ast = parse(
      'import { sleep } from "lab";\nconst name = 1, { a, b: [c] } = o;\nfunction f(p, ...q) { let inner; try {} catch (e) {} }\nclass K {}\nconst g = (x = 1) => x;\n',
      { ecmaVersion: "latest", sourceType: "module" },
    );
    expect(declaredNames(ast)).toEqual([
      "K",
      "a",
      "c",
      "e",
      "f",
      "g",
      "inner",
      "name",
      "p",
      "q",
      "x",
    ]);
  });
});
