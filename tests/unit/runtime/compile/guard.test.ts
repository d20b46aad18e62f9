import { describe, expect, it } from "vitest";
import { compileInNode } from "../../../../src/runtime/node.ts";
import { createGuard } from "../../../../src/runtime/run/guard.ts";
import { rewriteModule } from "../../../../src/runtime/compile/rewrite.ts";
import {
  GUARD_INTERVAL,
  blankGuards,
  ENTRY_GUARD,
  LOOP_COUNTER,
  LOOP_GUARD,
} from "../../../../src/runtime/compile/guard-text.ts";

/** A clock that advances 1 ms per read, and an event loop that never gets a turn. */
function fakeGuard(budgetMs: number) {
  let t = 0;
  const turns: (() => void)[] = [];
  const trips: Error[] = [];
  const guard = createGuard({
    budgetMs,
    now: () => ++t,
    afterTurn: (f) => turns.push(f),
    onTrip: (e) => trips.push(e),
  });
  return { guard, turns, trips, time: () => t };
}

describe("loop guard", () => {
  it("reads the clock only every GUARD_INTERVAL calls", () => {
    const { guard, time } = fakeGuard(1000);
    for (let i = 0; i < GUARD_INTERVAL * 10; i++) guard();
    expect(time()).toBe(10);
  });

  it("kills an endless loop once the budget is spent and keeps throwing", () => {
    const { guard, trips } = fakeGuard(10);
    let calls = 0;
    expect(() => {
      for (;;) {
        guard();
        calls++;
      }
    }).toThrow(/Stopped: this code ran on the main thread for more than 10 ms/);
    expect(calls).toBeGreaterThan(GUARD_INTERVAL * 10);
    expect(trips).toHaveLength(1);
    expect(() => guard()).toThrow(/Stopped/);
  });

  it("forgives time spent once the event loop had a turn", () => {
    const { guard, turns, trips } = fakeGuard(10);
    for (let round = 0; round < 100; round++) {
      for (let i = 0; i < GUARD_INTERVAL * 5; i++) guard();
      turns.splice(0).forEach((f) => f());
    }
    expect(trips).toEqual([]);
  });

  it("spares a 1 s busy-wait with the real clock", async () => {
    const code = await compileInNode(
      "const t0 = performance.now();\nwhile (performance.now() - t0 < 1000) {}\n",
    );
    if (!code.ok) throw new Error("compile");
    const guard = createGuard({
      budgetMs: 10_000,
      now: () => performance.now(),
      afterTurn: () => {},
      onTrip: () => {},
    });
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running compiled output is the point
    const body = new Function("__guard", code.code.replace('"use strict";', "")) as (
      g: unknown,
    ) => void;
    expect(() => body(guard)).not.toThrow();
  });
});

describe("rewriteModule", () => {
  it("guards loops with a local counter and calling functions at entry, keeping lines", () => {
    const src =
      "for (;;) x();\nwhile (a) { b(); }\ndo c(); while (d);\nfor (const k in o) {}\n" +
      "function f(v) { for (const x of v) y(x); }\nconst g = (n) => n * 2;\nconst h = (n) => g(n);\nclass K { m() { return 1; } }\n";
    const r = rewriteModule(src);
    if (!r.ok) throw new Error("rewrite");
    const L = LOOP_GUARD;
    expect(r.code.split("\n").slice(0, 8)).toEqual([
      `"use strict";{${LOOP_COUNTER}for (;;) {${L}x();}`,
      `while (a) {${L} b(); }`,
      `do {${L}c();} while (d);`,
      `for (const k in o) {${L}}`,
      `function f(v) {${ENTRY_GUARD}${LOOP_COUNTER} for (const x of v) {${L}y(x);} }`,
      "const g = (n) => n * 2;",
      "const h = (n) => (__guard(), g(n));",
      "class K { m() { return 1; } }",
    ]);
    expect(blankGuards(r.code).split("\n")[4]).toMatch(
      /^function f\(v\) \{ +for \(const x of v\) \{ +y\(x\);\} \}$/,
    );
  });

  it("rewrites namespace imports and rejects default imports from lab", () => {
    const ns = rewriteModule('import * as lab from "lab";\nlab.now();\n');
    expect(ns.ok && ns.code.split("\n")[0]).toBe(
      '"use strict";{const lab = __import({ lab: "*" });',
    );
    const def = rewriteModule('import lab from "lab";\n');
    expect(def.ok).toBe(false);
  });
});
