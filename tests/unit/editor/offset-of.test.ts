import { describe, expect, it } from "vitest";
import { offsetOf } from "../../../src/editor/textarea-editor.ts";

describe("offsetOf", () => {
  const text = "ab\ncdef\n\ng";

  it("maps 1-based line and column to an offset", () => {
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 2, 3)).toBe(5);
    expect(offsetOf(text, 4, 1)).toBe(9);
  });

  it("clamps a column past the end of its line", () => {
    expect(offsetOf(text, 1, 99)).toBe(2);
    expect(offsetOf(text, 3, 5)).toBe(8);
  });

  it("clamps a line past the end of the text", () => {
    expect(offsetOf(text, 99, 1)).toBe(text.length);
  });

  it("treats column 0 or less as the line start", () => {
    expect(offsetOf(text, 2, 0)).toBe(3);
  });
});
