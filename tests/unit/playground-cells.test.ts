import { describe, expect, test } from "vitest";
import { cellFiles } from "../../src/components/playground-cells.ts";
import { transformLesson } from "../../src/lib/mdx/lesson-transform.ts";

const fail = (message: string) => new Error(message);

describe("cells at build time", () => {
  test("gathers the cells a snippet imports, and the ones they import", () => {
    const above = {
      a: 'import { b } from "#b";\nexport const a = b + 1;',
      b: "export const b = 1;",
      c: "export const c = 3;",
    };
    expect(cellFiles(['import { a } from "#a";'], above, fail)).toEqual({
      "#a": above.a,
      "#b": above.b,
    });
    expect(cellFiles(["console.log(1);"], above, fail)).toEqual({});
  });

  test("fails the build for a cell that is not above on the page", () => {
    expect(() => cellFiles(['import { z } from "#later";'], { a: "" }, fail)).toThrow(
      "imports #later, which is not a playground above this one on the page",
    );
  });

  test("the lesson transform hands each playground the code of those above it", () => {
    const source = [
      '---\ntitle: "T"\nsummary: "s"\n---',
      'import one from "./one.ts?raw";',
      'import two from "./two.ts?raw";',
      '<Playground id="one" title="One" code={one} />',
      '<Playground id="two" title="Two" code={two} />',
    ].join("\n");
    const { code } = transformLesson(source, {
      lessons: new Map(),
      href: (id: string) => `/lessons/${id}/`,
      drafts: false,
      file: "content/lessons/t/index.mdx",
      lessonDir: "content/lessons/t",
    });
    const [first, second] = code.split("\n").filter((l) => l.startsWith("<Playground"));
    expect(first).not.toContain("__cells");
    expect(second).toContain('__cells={{ "one": (one) }}');
  });
});
