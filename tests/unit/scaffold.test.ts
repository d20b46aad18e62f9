import { expect, test } from "vitest";
import { lessonFiles, lessonFolder, nextOrder, slugify } from "../../src/lib/scaffold.ts";
import { lessonSchema } from "../../src/content/lesson-schema.ts";
import { exerciseIds } from "../../src/lib/course.ts";

test("folder names: two-digit order and a clean slug", () => {
  expect(slugify("Données & Threads: part 2!")).toBe("donnees-threads-part-2");
  expect(slugify("???")).toBe("lesson");
  expect(lessonFolder(9, "Async pools")).toBe("09-async-pools");
  expect(nextOrder([1, 4, 2])).toBe(5);
  expect(nextOrder([])).toBe(1);
});

test("a scaffolded lesson has valid frontmatter, a playground and an exercise with its files", () => {
  const files = lessonFiles('A "quoted" title', 12);
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(files["index.mdx"] ?? "")?.[1] ?? "";
  const data = Object.fromEntries(
    frontmatter
      .split("\n")
      .filter((l) => /^\w+:/.test(l))
      .map((l): [string, unknown] => {
        const [k = "", ...v] = l.split(":");
        const raw = v.join(":").trim();
        return [
          k,
          raw === "" ? ["Run the first experiment and read its timeline"] : JSON.parse(raw),
        ];
      }),
  );
  expect(lessonSchema.parse(data)).toMatchObject({ title: 'A "quoted" title', order: 12 });
  expect(files["index.mdx"]).toContain('<Playground id="first"');
  expect(exerciseIds(files["index.mdx"] ?? "")).toEqual(["exercise"]);
  expect(Object.keys(files).sort()).toEqual([
    "exercise.check.ts",
    "exercise.solution.ts",
    "exercise.ts",
    "first.ts",
    "index.mdx",
  ]);
});
