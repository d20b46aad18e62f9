import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { renderReference } from "../../src/docs/render-reference.ts";

test("docs/authoring-reference.md is current (run `npm run docs` after changing a schema or lab.d.ts)", () => {
  const generated = renderReference(readFileSync("src/runtime/lab/lab.d.ts", "utf8"));
  expect(readFileSync("docs/authoring-reference.md", "utf8")).toBe(generated);
});

test("the reference documents every prop and every lab export", () => {
  const generated = renderReference(readFileSync("src/runtime/lab/lab.d.ts", "utf8"));
  for (const name of [
    "`budgetMs`",
    "`expect`",
    "`check`",
    "`minutes`",
    "### `map`",
    "### `simulatedFetch`",
    "### `createPool`",
  ]) {
    expect(generated).toContain(name);
  }
});
