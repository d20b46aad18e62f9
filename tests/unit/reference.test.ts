import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { exercisePropsSchema } from "../../src/components/exercise-schema.ts";
import {
  expectationSchema,
  playgroundPropsSchema,
} from "../../src/components/playground-schema.ts";
import { lessonSchema } from "../../src/content/lesson-schema.ts";
import { chapterSchema, courseSchema, partSchema } from "../../src/lib/course-schema.ts";
import { renderReference } from "../../src/docs/render-reference.ts";

const generated = renderReference((path) => readFileSync(path, "utf8"));
/** The reference cut at its `## ` headings. */
const section = (heading: string) =>
  generated.split(/^## /m).find((s) => s.startsWith(heading)) ?? "";

test("docs/authoring-reference.md is current (run `npm run docs` after changing a schema, the check kit or lab.d.ts)", () => {
  expect(readFileSync("docs/authoring-reference.md", "utf8")).toBe(generated);
});

describe("the reference is complete", () => {
  test.each([
    ["The course file", courseSchema],
    ["The course file", partSchema],
    ["The course file", chapterSchema],
    ["Lesson frontmatter", lessonSchema],
    ["`<Playground>`", playgroundPropsSchema],
    ["`<Playground>`", expectationSchema],
    ["`<Exercise>`", exercisePropsSchema],
  ])("%s: every field, with its doc comment", (heading, schema) => {
    for (const field of Object.keys(schema.shape)) {
      const row = section(heading)
        .split("\n")
        .find((line) => line.startsWith(`| \`${field}\` |`));
      expect(row, field).toBeDefined();
      // The last column is the comment from the source, not empty.
      expect(
        row
          ?.split(" | ")
          .at(-1)
          ?.replace(/\s*\|$/, ""),
        field,
      ).toMatch(/\w{3}/);
    }
  });

  test("constraints are spelt out", () => {
    const playground = section("`<Playground>`");
    expect(playground).toMatch(/\| `workers` \| `integer` \| — \| 1–64 \|/);
    expect(playground).toContain("matches `^[a-z0-9][a-z0-9-]*$`");
    expect(playground).toContain('`("serial" \\| "concurrent" \\| "pool")[]`');
  });

  test("the check kit: every option and member an author uses", () => {
    const kit = section("Check modules");
    for (const name of [
      "### `defineChecks`",
      "### `CheckKit`",
      "### `SpeedupOptions`",
      "atLeast: number;",
      "runs?: number;",
      "parallelFraction?: number;",
      "minCores?: number;",
      "readonly cores: number;",
      "JSON.stringify(actual)",
      "await t.check",
    ]) {
      expect(kit, name).toContain(name);
    }
    expect(kit).not.toContain("createCheckKit");
  });

  test("every lab export", () => {
    const lab = readFileSync("src/runtime/lab/lab.d.ts", "utf8");
    for (const [, name] of lab.matchAll(/^export (?:function|interface|type) (\w+)/gm)) {
      expect(section("The `lab` module"), name).toContain(`### \`${name}\``);
    }
  });

  test("no prop that only the platform sets", () => {
    expect(section("`<Playground>`")).not.toMatch(/\| `check` \|/);
    expect(generated).not.toMatch(/\| `lesson` \|/);
    expect(generated).not.toContain("__mdx");
    expect(generated).not.toContain("__code");
  });
});
