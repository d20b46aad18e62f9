import { describe, expect, it } from "vitest";
import { changeBetween } from "../../../src/editor/text-change.ts";

const apply = (before: string, c: ReturnType<typeof changeBetween>) =>
  c ? before.slice(0, c.start) + c.text + before.slice(c.end) : before;

describe("changeBetween", () => {
  it("is undefined for equal texts", () => {
    expect(changeBetween("abc", "abc")).toBeUndefined();
  });

  it("finds a typed insertion, a deletion and a replacement", () => {
    expect(changeBetween("const a = 1;", "const ab = 1;")).toEqual({ start: 7, end: 7, text: "b" });
    expect(changeBetween("const ab = 1;", "const a = 1;")).toEqual({ start: 7, end: 8, text: "" });
    expect(changeBetween("x = 1\ny = 2\n", "x = 1\nz = 3\n")).toEqual({
      start: 6,
      end: 11,
      text: "z = 3",
    });
  });

  it("handles repeated characters at the seam without overlapping prefix and suffix", () => {
    for (const [a, b] of [
      ["aaa", "aaaa"],
      ["aaaa", "aa"],
      ["abab", "ab"],
      ["", "new"],
      ["old", ""],
    ] as const) {
      const c = changeBetween(a, b);
      expect(c && c.start <= c.end).toBe(true);
      expect(apply(a, c)).toBe(b);
    }
  });

  it("never splits a surrogate pair", () => {
    const c = changeBetween("x😀y", "x😃y");
    expect(c).toEqual({ start: 1, end: 3, text: "😃" });
  });
});
