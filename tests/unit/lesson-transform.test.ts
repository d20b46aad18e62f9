import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { findTags } from "../../src/lib/mdx/jsx-tags.ts";
import { headingIds, indexLessons } from "../../src/lib/mdx/lesson-index.ts";
import { rewriteLessonLinks, type LinkContext } from "../../src/lib/mdx/lesson-links.ts";
import { transformLesson } from "../../src/lib/mdx/lesson-transform.ts";

const root = mkdtempSync(join(tmpdir(), "looplab-transform-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const lessonsDir = join(root, "lessons");
function lessonFolder(id: string, files: Record<string, string>): string {
  const dir = join(lessonsDir, id);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const front = (title: string, extra = "") => `---\ntitle: "${title}"\nsummary: "s"\n${extra}---\n`;

lessonFolder("event-loop", {
  "index.mdx": `${front("The event loop")}\n<Playground id="busy-main" title="B" code={b} />\n`,
});
lessonFolder("wip", { "index.mdx": front("Work in progress", "draft: true\n") });
const here = lessonFolder("here", { "io.ts": "console.log(1);\n", "fib.check.ts": "" });

const links: LinkContext = {
  lessons: indexLessons(lessonsDir),
  href: (id) => `/course/lessons/${id}/`,
  drafts: false,
};
const context = { ...links, file: join(here, "index.mdx"), lessonDir: here };
const transform = (body: string) => transformLesson(`${front("Here")}${body}`, context);
const failure = (body: string) => {
  try {
    transform(body);
  } catch (error) {
    return (error as Error).message.split("\n");
  }
  throw new Error("expected the transform to fail");
};

describe("finding components in MDX", () => {
  test("reads attributes across lines, including expressions with > and =>", () => {
    const [tag] = findTags(
      'Text\n\n<Playground\n  id="a"\n  expect={[{ mode: "pool", vs: "serial", min: 1 }]}\n  pick={(x) => x > 1}\n  bare\n/>',
      ["Playground"],
    );
    expect(tag?.line).toBe(3);
    expect(tag?.attributes.map((a) => [a.name, a.kind, a.value])).toEqual([
      ["id", "string", "a"],
      ["expect", "expression", '[{ mode: "pool", vs: "serial", min: 1 }]'],
      ["pick", "expression", "(x) => x > 1"],
      ["bare", "bare", ""],
    ]);
  });

  test("skips frontmatter, fenced code and inline code", () => {
    const source =
      '---\nx: <Playground id="f" />\n---\n\n`<Playground id="inline" />`\n\n```mdx\n<Playground id="fenced" />\n```\n\n<Playground id="real" />\n';
    expect(findTags(source, ["Playground"]).map((t) => [t.attributes[0]?.value, t.line])).toEqual([
      ["real", 11],
    ]);
  });
});

describe("links by lesson id", () => {
  test("become URLs under the base, with an anchor, and empty text becomes the title", () => {
    const { code, problems } = rewriteLessonLinks(
      "See [](lesson:event-loop) and [this](lesson:event-loop#busy-main).",
      links,
    );
    expect(problems).toEqual([]);
    expect(code).toBe(
      "See [The event loop](/course/lessons/event-loop/) and [this](/course/lessons/event-loop/#busy-main).",
    );
  });

  test("report unknown lessons and anchors, and drafts a published build leaves out", () => {
    const { problems } = rewriteLessonLinks(
      "[a](lesson:nowhere)\n[b](lesson:event-loop#nope)\n[c](lesson:wip)\n`[d](lesson:in-code)`",
      links,
    );
    expect(problems).toEqual([
      { line: 1, link: "lesson:nowhere", message: 'no lesson "nowhere"' },
      {
        line: 2,
        link: "lesson:event-loop#nope",
        message: 'lesson "event-loop" has no heading, playground or exercise with id "nope"',
      },
      {
        line: 3,
        link: "lesson:wip",
        message: '"wip" is a draft, which the published build leaves out; publish it first',
      },
    ]);
    expect(rewriteLessonLinks("[c](lesson:wip)", { ...links, drafts: true }).problems).toEqual([]);
  });
});

describe("heading anchors", () => {
  test("are the slugs Astro gives headings, numbered when repeated, code samples skipped", () => {
    const mdx = [
      "## The `await` keyword",
      "### A [link](lesson:x) and _emphasis_",
      "## Again",
      "## Again",
      "```md",
      "## Not a heading",
      "```",
    ].join("\n");
    expect(headingIds(mdx)).toEqual([
      "the-await-keyword",
      "a-link-and-emphasis",
      "again",
      "again-1",
    ]);
  });
});

describe("the lesson transform", () => {
  test("turns file= into an import at the end, keeping every line where it was", () => {
    const { code, examples } = transform(
      '\n<Playground id="io" title="IO" file="io.ts" />\nAfter\n',
    );
    const lines = code.split("\n");
    expect(lines[5]).toBe(
      `<Playground __mdx="${context.file}:6" __code="${join(here, "io.ts")}" id="io" title="IO" code={__looplabFile0} />`,
    );
    expect(lines[6]).toBe("After");
    expect(code.trimEnd().endsWith('import __looplabFile0 from "./io.ts?raw";')).toBe(true);
    expect(examples).toEqual([
      { path: join(here, "io.ts"), at: `${context.file}:6`, tag: '<Playground id="io">' },
    ]);
  });

  test("names the file behind code={…} imported raw, for compile errors", () => {
    const { code } = transform(
      'import io from "./io.ts?raw";\n\n<Playground id="io" title="IO" code={io} />\n',
    );
    expect(code).toContain(`__code="${join(here, "io.ts")}"`);
  });

  test("rejects ids used twice on a page, naming both lines", () => {
    expect(
      failure(
        '<Playground id="a" title="A" file="io.ts" />\n\n<Playground id="a" title="B" file="io.ts" />\n',
      ),
    ).toEqual([
      `${context.file}:7: id: "a" is already used on line 5; ids must be unique on a page`,
    ]);
  });

  test("checks literal props against the schema, once per field, with the line", () => {
    expect(
      failure('<Playground id="a" title="A" file="io.ts" workers={100} modes={["gpu"]} />\n'),
    ).toEqual([
      `${context.file}:5: <Playground id="a">: modes[0]: expected "serial", "concurrent", "pool", got "gpu"`,
      `${context.file}:5: <Playground id="a">: workers: must be at most 64, got 100`,
    ]);
  });

  test("reports a missing example file, a missing check and a missing title", () => {
    expect(
      failure(
        '<Playground id="a" title="A" file="missing.ts" />\n<Exercise id="b" starter={s} solution={s} check="nope.check.ts" />\n',
      ),
    ).toEqual([
      `${context.file}:5: <Playground id="a">: file: "missing.ts" does not exist (looked for ${join(here, "missing.ts")})`,
      `${context.file}:6: <Exercise id="b">: title: required`,
      `${context.file}:6: <Exercise id="b">: check: "nope.check.ts" does not exist (looked for ${join(here, "nope.check.ts")})`,
    ]);
  });

  test("reports bad frontmatter too, so the dev overlay shows it", () => {
    expect(() =>
      transformLesson(`---\ntitle: "T"\nsummary: "s"\nminutes: "ten"\n---\n`, context),
    ).toThrow(`${context.file}:4: minutes: expected a number, got "ten"`);
  });
});
