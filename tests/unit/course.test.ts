import { describe, expect, test } from "vitest";
import {
  courseOrder,
  duplicateOrders,
  lessonHref,
  neighbours,
  siteHref,
  tocHeadings,
  type LessonRef,
} from "../../src/lib/course.ts";

const lesson = (id: string, order: number, draft = false): LessonRef => ({
  id,
  title: id,
  summary: "",
  order,
  draft,
});

describe("course order", () => {
  const lessons = [lesson("c", 3), lesson("a", 1), lesson("hidden", 2, true), lesson("b", 1)];

  test("sorts by order, then id, and drops drafts", () => {
    expect(courseOrder(lessons).map((l) => l.id)).toEqual(["a", "b", "c"]);
  });

  test("keeps drafts when asked (dev preview)", () => {
    expect(courseOrder(lessons, { includeDrafts: true }).map((l) => l.id)).toEqual([
      "a",
      "b",
      "hidden",
      "c",
    ]);
  });

  test("finds neighbours, none past either end", () => {
    const course = courseOrder(lessons);
    expect(neighbours(course, "a")).toEqual({ prev: undefined, next: course[1] });
    expect(neighbours(course, "c")).toEqual({ prev: course[1], next: undefined });
    expect(neighbours(course, "missing")).toEqual({});
  });

  test("reports orders shared by two lessons", () => {
    expect(duplicateOrders(lessons)).toEqual([1]);
  });
});

describe("links", () => {
  test("respect the base path with or without a trailing slash", () => {
    expect(lessonHref("/", "01-intro")).toBe("/lessons/01-intro/");
    expect(lessonHref("/course", "01-intro")).toBe("/course/lessons/01-intro/");
    expect(lessonHref("/course/", "01-intro")).toBe("/course/lessons/01-intro/");
    expect(siteHref("/course", "/pagefind/pagefind.js")).toBe("/course/pagefind/pagefind.js");
  });

  test("the table of contents keeps h2 and h3 only", () => {
    const hs = [1, 2, 3, 4].map((depth) => ({ depth, slug: `h${depth}`, text: "" }));
    expect(tocHeadings(hs).map((h) => h.slug)).toEqual(["h2", "h3"]);
  });
});
