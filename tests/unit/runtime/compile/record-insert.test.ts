import { describe, expect, it } from "vitest";
import { compileInNode } from "../../../../src/runtime/node.ts";
import { insertRecording } from "../../../../src/runtime/compile/record-insert.ts";
import { recordedProgram } from "../../../../src/runtime/compile/record-compile.ts";
import { composeShifts } from "../../../../src/runtime/compile/record-shifts.ts";
import { toSourcePosition } from "../../../../src/runtime/compile/source-map.ts";
import { Splice, unshiftColumn } from "../../../../src/runtime/compile/splice.ts";

/** The recorded body of `source` (TypeScript), without the script's own bracket. */
async function recorded(source: string): Promise<string> {
  const c = await compileInNode(source);
  if (!c.ok) throw new Error(JSON.stringify(c.diagnostics));
  return insertRecording(c.code)
    .code.replace('"use strict";{__A(0);try{', "")
    .replace(/\n*\}finally\{__Z\(0\)\}\}$/, "");
}

describe("the recording pass", () => {
  it("marks awaits around the awaited expression, which passes through untouched", async () => {
    expect(await recorded("await f(await g());\n")).toBe(
      "__r(0, await __s(0, f(__r(1, await __s(1, g())))));",
    );
    expect(await recorded("await (a, b);\n")).toBe("__r(0, await __s(0, (a, b)));");
  });

  it("brackets async bodies, arrow expression bodies and the script itself", async () => {
    const c = await compileInNode(
      "async function f() {\n  return 1;\n}\nconst g = async () => 2;\n",
    );
    if (!c.ok) throw new Error("compile");
    const { code } = insertRecording(c.code);
    expect(code).toContain("async function f() {__A(1);try{\n  return 1;\n}finally{__Z(1)}}");
    expect(code).toContain("const g = async () => {__A(2);try{return 2}finally{__Z(2)}};");
    expect(code.startsWith('"use strict";{__A(0);try{')).toBe(true);
    expect(code.endsWith("}finally{__Z(0)}}")).toBe(true);
  });

  it("wraps callbacks where they are handed to the event loop", async () => {
    const out = await recorded(
      'p.then(a, b).catch(c).finally(d);\nqueueMicrotask(e);\nsetTimeout(f, 0);\nsetInterval(g, 5);\nrequestAnimationFrame(h);\nwindow.setTimeout(i);\nport.onmessage = j;\nport.addEventListener("message", k);\n',
    );
    expect(out.split("\n")).toEqual([
      // The outermost call is visited first.
      "p.then(__m(2, a), __m(2, b)).catch(__m(1, c)).finally(__m(0, d));",
      "queueMicrotask(__m(3, e));",
      "setTimeout(__t(4, f), 0);",
      "setInterval(__t(5, g), 5);",
      "requestAnimationFrame(__f(6, h));",
      "window.setTimeout(__t(7, i));",
      "port.onmessage = __e(8, j);",
      'port.addEventListener("message", __e(9, k));',
    ]);
  });

  it("marks catch and finally blocks of async code, and then methods", async () => {
    const out = await recorded(
      "try { await x; } catch { y(); } finally { z(); }\nconst t = { then(r: () => void) { r(); } };\n",
    );
    expect(out).toContain("} catch {__k(");
    expect(out).toContain("} finally {__k(");
    expect(out).toMatch(/then\(r\) \{__B\(\d\);try\{\n {2}r\(\);\n\}finally\{__E\(\d\)\}\}/);
    // Catch blocks of plain functions cannot be entered by a rejected await.
    expect(await recorded("function f() { try { g(); } catch { h(); } }\n")).not.toContain("__k");
  });

  it("marks yields of async generators and for await loops, labelled or not", async () => {
    const gen = await recorded("async function* g() {\n  yield 1;\n  yield;\n}\n");
    expect(gen).toContain("__yr(0, yield __ys(0, 1));");
    expect(gen).toContain("__yr(1, yield __ys(1));");
    const loop = await recorded(
      "for await (const v of it) f(v);\nif (c) for await (const w of it) g(w);\n",
    );
    expect(loop).toContain("for await (const v of __fa(0, it)) {__fr(0);");
    expect(loop).toContain(";__fe(0);");
    // The stop check wraps every loop in labelled blocks; the end marker goes inside them,
    // right after the loop, so it runs only when the loop is left.
    expect(loop.split("\n")[1]).toMatch(
      /^if \(c\) __h2: \{ __b2: \{ for await \(const w of __fa\(\d, it\)\) \{__fr\(\d\);.*\};__fe\(\d\); ;break __h2; \}/,
    );
    const labelled = await recorded("outer: for await (const v of it) {\n  break outer;\n}\n");
    expect(labelled).toMatch(
      /^__h1: \{ __b1: \{ outer: for await .*\n.*\n\};__fe\(0\); ;break __h1; \}/,
    );
  });

  it("marks console calls, lab calls and postMessage without changing `this`", async () => {
    const out = await recorded(
      'import { sleep as nap, map } from "lab";\nimport * as lab from "lab";\nconsole.log(1);\nawait nap(5);\nawait lab.simulatedFetch("u");\nport.postMessage(2);\nawait map((x: number) => x, [1]);\n',
    );
    expect(out).toContain("(__c(0), console).log(1);");
    expect(out).toContain("(__c(2), nap)(5)");
    expect(out).toContain('(__c(4), lab).simulatedFetch("u")');
    expect(out).toContain("(__c(5), port).postMessage(2);");
    expect(out).toContain("(__c(7), map)(");
  });

  it("never adds a line, and never mistakes inherited names for callbacks", async () => {
    const src =
      "const o = { toString() { return 'x'; } };\no.toString();\nawait o.constructor();\n";
    const c = await compileInNode(src);
    if (!c.ok) throw new Error("compile");
    const r = insertRecording(c.code);
    expect(r.code.split("\n").length).toBe(c.code.split("\n").length);
    expect(r.code).toContain("o.toString();");
    expect(r.sites.map((s) => s.kind)).toEqual(["await"]);
  });

  it("names functions and places sites at their TypeScript lines", async () => {
    const c = await compileInNode(
      "interface P { x: number }\n\nasync function load(p: P) {\n  await null;\n}\nconst go = async () => {};\nsetTimeout(() => {}, 0);\n",
    );
    if (!c.ok) throw new Error("compile");
    const r = recordedProgram(c);
    if ("error" in r) throw new Error(r.error);
    expect(r.plan.fns.map((f) => [f.name, f.line])).toEqual([
      ["the script", 1],
      ["load", 3],
      ["go", 6],
      ["an arrow function", 7],
    ]);
    expect(r.plan.sites.map((s) => [s.kind, s.line, s.column])).toEqual([
      ["await", 4, 3],
      ["setTimeout", 7, 1],
    ]);
  });

  it("refuses code that declares one of its names", async () => {
    const c = await compileInNode("const __r = 1;\nconsole.log(__r);\n");
    if (!c.ok) throw new Error("compile");
    expect(recordedProgram(c)).toEqual({ error: expect.stringContaining('"__r"') as unknown });
  });

  it("keeps errors on their TypeScript line and column through both layers of edits", async () => {
    const src =
      'import { sleep } from "lab";\ntype N = number;\nasync function f(n: N) {\n  await sleep(n); throw new Error("x");\n}\nawait f(1);\n';
    const c = await compileInNode(src);
    if (!c.ok) throw new Error("compile");
    const r = recordedProgram(c);
    if ("error" in r) throw new Error(r.error);
    const at = (code: string, map: string) => {
      const lines = code.split("\n");
      const line = lines.findIndex((l) => l.includes("throw new Error")) + 1;
      return toSourcePosition(map, line, lines[line - 1]!.indexOf("throw new Error") + 1);
    };
    expect(at(r.code.code, r.code.map)).toEqual({ line: 4, column: 19 });
    expect(at(c.code, c.map)).toEqual({ line: 4, column: 19 });
  });
});

describe("composeShifts", () => {
  it("maps every column through both layers as applying them one after the other does", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const base = "abcdefghijklmnopqrstuvwxyz0123456789".slice(0, 10 + random(26));
      const inner = new Splice(base);
      const used = new Set<number>();
      for (let k = random(4); k > 0; k--) {
        const at = random(base.length);
        if (used.has(at)) continue;
        used.add(at);
        if (random(2) && at + 2 <= base.length && !used.has(at + 1)) {
          used.add(at + 1);
          inner.replace(at, at + 2, "R".repeat(random(5)));
        } else inner.insert(at, "I".repeat(1 + random(4)));
      }
      const middle = inner.apply();
      const outer = new Splice(middle.text);
      for (let k = random(5); k > 0; k--)
        outer.insert(random(middle.text.length + 1), "o".repeat(1 + random(3)));
      const final = outer.apply();
      const both = composeShifts(middle.shifts, final.shifts);
      for (let col = 0; col < final.text.length; col++) {
        // Columns inside text an inner edit inserted have no single source; skip them.
        const mid = unshiftColumn(final.shifts, 1, col);
        const expected = unshiftColumn(middle.shifts, 1, mid);
        if (final.text[col] === "o" || /[IR]/.test(middle.text[mid] ?? "")) continue;
        expect(unshiftColumn(both, 1, col), `${base} → ${final.text} @${col}`).toBe(expected);
      }
    }
  });
});
