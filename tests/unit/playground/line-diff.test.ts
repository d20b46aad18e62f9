import { describe, expect, it } from "vitest";
import { lineDiff } from "../../../src/islands/playground/line-diff.ts";

const show = (mine: string, theirs: string) =>
  lineDiff(mine, theirs)
    .map((l) => `${{ same: " ", mine: "-", theirs: "+" }[l.kind]}${l.text}`)
    .join("\n");

describe("lineDiff", () => {
  it("marks nothing when the code is the solution", () => {
    expect(show("a\nb\n", "a\nb\n")).toBe(" a\n b");
  });

  it("shows a changed line as removed, then added", () => {
    expect(show("x\nold\ny\n", "x\nnew\ny\n")).toBe(" x\n-old\n+new\n y");
  });

  it("keeps the common lines around insertions and deletions", () => {
    expect(show("a\nb\nc\n", "a\nc\nd\n")).toBe(" a\n-b\n c\n+d");
  });

  it("compares an empty editor with the solution", () => {
    expect(show("", "a\nb\n")).toBe("+a\n+b");
  });
});
