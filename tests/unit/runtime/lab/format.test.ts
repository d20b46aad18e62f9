import { describe, expect, it } from "vitest";
import { formatArgs, formatTable, formatValue } from "../../../../src/runtime/lab/format.ts";

describe("formatValue", () => {
  it("formats primitives like a console", () => {
    expect(formatArgs(["a", 1, -0, 2n, null, undefined, true, Symbol("s")])).toBe(
      "a 1 -0 2n null undefined true Symbol(s)",
    );
    expect(formatValue("top")).toBe("top");
    expect(formatValue(["nested"])).toBe('[ "nested" ]');
  });

  it("formats objects, arrays, maps, sets and class instances", () => {
    expect(formatValue({ a: 1, "b-c": [1, 2], f() {} })).toBe(
      '{ a: 1, "b-c": [ 1, 2 ], f: [Function: f] }',
    );
    expect(formatValue(new Map([["k", { v: 1 }]]))).toBe('Map(1) { "k" => { v: 1 } }');
    expect(formatValue(new Set([1, 2]))).toBe("Set(2) { 1, 2 }");
    class Point {
      x = 1;
    }
    expect(formatValue(new Point())).toBe("Point { x: 1 }");
    expect(formatValue([])).toBe("[]");
  });

  it("handles cycles, depth and errors", () => {
    const a: Record<string, unknown> = { name: "a" };
    a["self"] = a;
    expect(formatValue(a)).toBe('{ name: "a", self: [Circular] }');
    expect(formatValue({ a: { b: { c: { d: 1 } } } })).toBe("{ a: { b: { c: [Object] } } }");
    expect(formatValue(new RangeError("too far"))).toBe("RangeError: too far");
  });

  it("formats typed arrays and buffers, truncating long ones", () => {
    expect(formatValue(new Int32Array([1, 2]))).toBe("Int32Array(2) [ 1, 2 ]");
    expect(formatValue(new Uint8Array(150))).toContain("… 50 more");
    expect(formatValue(new ArrayBuffer(8))).toBe("ArrayBuffer { byteLength: 8 }");
  });

  it("truncates long strings and breaks long objects over lines", () => {
    const long = "x".repeat(20_000);
    expect(formatArgs([long])).toMatch(/… \(10000 more characters\)$/);
    const wide = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`key${i}`, i]));
    expect(formatValue(wide).split("\n")).toHaveLength(14);
  });
});

describe("formatTable", () => {
  it("renders rows and columns as a text table", () => {
    expect(formatTable([{ a: 1, b: "x" }, { a: 2 }])).toBe(
      [
        "┌─────────┬───┬─────┐",
        "│ (index) │ a │ b   │",
        "├─────────┼───┼─────┤",
        '│ 0       │ 1 │ "x" │',
        "│ 1       │ 2 │     │",
        "└─────────┴───┴─────┘",
      ].join("\n"),
    );
  });

  it("shows primitive rows in a Values column", () => {
    expect(formatTable(["p", "q"])).toContain("│ Values │");
  });
});
