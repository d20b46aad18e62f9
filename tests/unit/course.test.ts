import { describe, expect, test } from "vitest";
import {
  exerciseIds,
  lessonHref,
  neighbours,
  siteHref,
  tocHeadings,
  type LessonRef,
} from "../../src/lib/course.ts";
import {
  courseProblems,
  outline,
  placements,
  readingOrder,
  unfinishedLessons,
} from "../../src/lib/course-outline.ts";
import { courseSchema, type Course } from "../../src/lib/course-schema.ts";
import { paragraphs } from "../../src/lib/inline-markdown.ts";

const lesson = (id: string, draft = false, summary = "About it."): LessonRef => ({
  id,
  title: id,
  summary,
  draft,
});

const course: Course = courseSchema.parse({
  title: "T",
  tagline: "Tag",
  parts: [
    {
      title: "One",
      chapters: [
        { title: "A", lessons: ["z-first", "hidden"] },
        { title: "Only drafts", lessons: ["draft-two"] },
      ],
    },
    { title: "Two", lessons: ["01-last"] },
  ],
});
const lessons = new Map(
  [lesson("z-first"), lesson("hidden", true), lesson("draft-two", true), lesson("01-last")].map(
    (l) => [l.id, l],
  ),
);

describe("course order", () => {
  test("follows the course file, not folder names, and drops drafts", () => {
    expect(readingOrder(outline(course, lessons)).map((l) => l.id)).toEqual(["z-first", "01-last"]);
  });

  test("drops parts and chapters left empty by drafts", () => {
    const parts = outline(course, lessons);
    expect(parts.map((p) => [p.title, p.chapters.map((c) => c.title)])).toEqual([
      ["One", ["A"]],
      ["Two", [undefined]],
    ]);
  });

  test("keeps drafts when asked (dev, the content check)", () => {
    const ids = readingOrder(outline(course, lessons, { includeDrafts: true })).map((l) => l.id);
    expect(ids).toEqual(["z-first", "hidden", "draft-two", "01-last"]);
  });

  test("finds neighbours, none past either end", () => {
    const order = readingOrder(outline(course, lessons));
    expect(neighbours(order, "z-first")).toEqual({ prev: undefined, next: order[1] });
    expect(neighbours(order, "01-last")).toEqual({ prev: order[0], next: undefined });
    expect(neighbours(order, "missing")).toEqual({});
  });

  test("names every listed lesson by its field in the course file", () => {
    expect(placements(course).map((p) => p.field)).toEqual([
      "parts[0].chapters[0].lessons[0]",
      "parts[0].chapters[0].lessons[1]",
      "parts[0].chapters[1].lessons[0]",
      "parts[1].lessons[0]",
    ]);
  });
});

describe("course file against the lesson folders", () => {
  test("accepts a course that lists every folder once", () => {
    expect(courseProblems(course, ["01-last", "draft-two", "hidden", "z-first"])).toEqual([]);
  });

  test("reports unknown ids, ids listed twice and folders not listed", () => {
    const twice = courseSchema.parse({
      title: "T",
      tagline: "T",
      parts: [{ title: "P", lessons: ["a", "nowhere", "a"] }],
    });
    expect(courseProblems(twice, ["a", "forgotten"])).toEqual([
      {
        in: "course",
        id: "nowhere",
        field: "parts[0].lessons[1]",
        message: 'no lesson folder "nowhere"',
      },
      {
        in: "course",
        id: "a",
        field: "parts[0].lessons[2]",
        message: '"a" is already listed at parts[0].lessons[0]',
      },
      {
        in: { lesson: "forgotten" },
        id: "forgotten",
        field: "(lesson)",
        message: "not listed in the course file; add its id where it belongs in the course",
      },
    ]);
  });

  test("a published lesson cannot keep the scaffold's placeholder summary; a draft can", () => {
    const todo = "TODO: one or two sentences.";
    const problems = unfinishedLessons([lesson("draft", true, todo), lesson("live", false, todo)]);
    expect(problems.map((p) => [p.id, p.field])).toEqual([["live", "summary"]]);
  });

  test("a part gives either chapters or lessons", () => {
    const both = { title: "P", lessons: ["a"], chapters: [{ title: "C", lessons: ["b"] }] };
    const result = courseSchema.safeParse({ title: "T", tagline: "T", parts: [both] });
    expect(result.success).toBe(false);
  });
});

test("exercise ids for sidebar progress, leaving code samples out", () => {
  const mdx =
    '<Exercise\n  id="fib"\n  title="F"\n  starter={s}\n/>\n\n`<Exercise id="sample" />`\n\n<Exercise id="sum" />';
  expect(exerciseIds(mdx)).toEqual(["fib", "sum"]);
});

describe("home text", () => {
  test("splits paragraphs and renders inline code, emphasis and links, escaping HTML", () => {
    expect(
      paragraphs(
        "One `<code>` and *this*,\nwrapped.\n\n**Two** [site](https://example.org) <b>x</b>",
      ),
    ).toEqual([
      "One <code>&lt;code&gt;</code> and <em>this</em>, wrapped.",
      '<strong>Two</strong> <a href="https://example.org">site</a> &lt;b&gt;x&lt;/b&gt;',
    ]);
  });

  test("a link with a script URL stays text", () => {
    expect(paragraphs("[click](javascript:alert)")).toEqual(["click"]);
  });
});

describe("links", () => {
  test("respect the base path with or without a trailing slash", () => {
    expect(lessonHref("/", "01-intro")).toBe("/lessons/01-intro/");
    expect(lessonHref("/course", "shared-memory")).toBe("/course/lessons/shared-memory/");
    expect(lessonHref("/course/", "01-intro")).toBe("/course/lessons/01-intro/");
    expect(siteHref("/course", "/pagefind/pagefind.js")).toBe("/course/pagefind/pagefind.js");
  });

  test("the table of contents keeps h2 and h3 only", () => {
    const hs = [1, 2, 3, 4].map((depth) => ({ depth, slug: `h${depth}`, text: "" }));
    expect(tocHeadings(hs).map((h) => h.slug)).toEqual(["h2", "h3"]);
  });
});
