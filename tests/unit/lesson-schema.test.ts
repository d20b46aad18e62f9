import { describe, expect, test } from "vitest";
import { frontmatterProblems, lessonSchema } from "../../src/content/lesson-schema.ts";
import { problemLines } from "../../src/lib/zod-issues.ts";

const good = { title: "Hello", summary: "A lesson." };
const lines = (data: unknown) => problemLines(frontmatterProblems(data));

describe("lesson frontmatter", () => {
  test("accepts the minimum and fills defaults", () => {
    expect(lessonSchema.parse(good)).toEqual({ ...good, draft: false, objectives: [] });
    expect(lines(good)).toEqual([]);
  });

  test("keeps optional fields", () => {
    const data = { ...good, draft: true, minutes: 15, objectives: ["Run a pool"] };
    expect(lessonSchema.parse(data)).toEqual(data);
  });

  test.each([
    [{ summary: "s" }, "title: required"],
    [{ ...good, minutes: "3" }, 'minutes: expected a number, got "3"'],
    [{ ...good, minutes: 1.5 }, "minutes: expected a whole number, got 1.5"],
    [{ ...good, minutes: 0 }, "minutes: must be greater than 0, got 0"],
    [{ ...good, draft: "no" }, 'draft: expected true or false, got "no"'],
    [{ ...good, objectives: [""] }, "objectives[0]: must not be empty"],
    [{ ...good, objectives: "Run" }, 'objectives: expected a list, got "Run"'],
    [{ ...good, minute: 3 }, 'minute: unknown field; did you mean "minutes"?'],
    [{ ...good, colour: "red" }, "colour: unknown field"],
  ])("%j: %s", (data, line) => {
    expect(lines(data)).toEqual([line]);
  });

  test("order moved to the course file, and the message says so", () => {
    expect(lines({ ...good, order: 3 })).toEqual([
      "order: the order of lessons lives in the course file (content/course.ts) now; delete this line",
    ]);
  });

  test("names each field once, one line per mistake", () => {
    expect(lines({ title: "", order: "3", minute: 1 })).toEqual([
      "title: must not be empty",
      "summary: required",
      "order: the order of lessons lives in the course file (content/course.ts) now; delete this line",
      'minute: unknown field; did you mean "minutes"?',
    ]);
  });
});
