import { parseFrontmatter } from "astro/markdown";
import { describe, expect, test } from "vitest";
import { lessonSchema } from "../../src/content/lesson-schema.ts";
import { unfinishedLessons } from "../../src/lib/course-outline.ts";
import { anchorIds } from "../../src/lib/mdx/lesson-index.ts";
import { insertLessonId, lessonFiles, slugify } from "../../src/lib/scaffold.ts";

test("folder names: a clean slug, no number, since order lives in the course file", () => {
  expect(slugify("Données & Threads: part 2!")).toBe("donnees-threads-part-2");
  expect(slugify("???")).toBe("lesson");
});

test("a scaffolded lesson is a valid draft with a playground, an exercise and its files", () => {
  const files = lessonFiles('A "quoted" title');
  const data = lessonSchema.parse(parseFrontmatter(files["index.mdx"] ?? "").frontmatter);
  expect(data).toMatchObject({ title: 'A "quoted" title', draft: true });
  // Published as is, the build would stop on the placeholder summary.
  const ref = { id: "x", ...data, draft: false };
  expect(unfinishedLessons([ref]).map((p) => p.field)).toEqual(["summary"]);
  expect(anchorIds(files["index.mdx"] ?? "")).toEqual(["first", "exercise"]);
  expect(files["index.mdx"]).toContain('file="first.ts"');
  expect(Object.keys(files).sort()).toEqual([
    "exercise.check.ts",
    "exercise.solution.ts",
    "exercise.ts",
    "first.ts",
    "index.mdx",
  ]);
});

describe("placing a new lesson in the course file", () => {
  const text = `export default defineCourse({
  // "b" is about loops
  parts: [
    { title: "One", lessons: ["a", "b"] },
    {
      title: "Two",
      lessons: [
        "c",
        'd',
      ],
    },
  ],
});
`;

  test("after a given lesson, leaving comments and layout alone", () => {
    expect(insertLessonId(text, "new", { after: "b" })).toContain(
      '// "b" is about loops\n  parts: [\n    { title: "One", lessons: ["a", "b", "new"] },',
    );
    expect(insertLessonId(text, "new", { after: "c" })).toContain('"c", "new",\n');
    expect(insertLessonId(text, "new", { after: "d" })).toContain("'d', 'new',\n");
  });

  test("after the last lesson when no place is given", () => {
    expect(insertLessonId(text, "new", { last: "d" })).toContain("'d', 'new',\n");
  });

  test("into an empty list in a course with no lessons yet", () => {
    expect(insertLessonId('parts: [{ title: "P", lessons: [] }]', "new", {})).toBe(
      'parts: [{ title: "P", lessons: ["new"] }]',
    );
  });

  test("refuses an id the course file does not list", () => {
    expect(() => insertLessonId(text, "new", { after: "zz" })).toThrow('does not list "zz"');
  });
});
