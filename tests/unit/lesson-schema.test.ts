import { describe, expect, test } from "vitest";
import { describeIssues, lessonSchema } from "../../src/content/lesson-schema.ts";

const good = { title: "Hello", summary: "A lesson.", order: 1 };

describe("lesson frontmatter", () => {
  test("accepts the minimum and fills defaults", () => {
    expect(lessonSchema.parse(good)).toEqual({ ...good, draft: false, objectives: [] });
  });

  test("keeps optional fields", () => {
    const data = { ...good, draft: true, minutes: 15, objectives: ["Run a pool"] };
    expect(lessonSchema.parse(data)).toEqual(data);
  });

  test.each([
    [{ summary: "s", order: 1 }, "title"],
    [{ ...good, order: "first" }, "order"],
    [{ ...good, order: 1.5 }, "order"],
    [{ ...good, draft: "no" }, "draft"],
    [{ ...good, minutes: 0 }, "minutes"],
    [{ ...good, objectives: [""] }, "objectives.0"],
    [{ ...good, tittle: "typo" }, "(frontmatter)"],
  ])("rejects %j naming the field %s", (data, field) => {
    const result = lessonSchema.safeParse(data);
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error).join("\n")).toContain(`${field}:`);
  });
});
