import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AuthorError, keyLine, lineOf, located } from "./author-error.ts";
import type { CourseProblem } from "./course-outline.ts";
import { courseSchema, type Course } from "./course-schema.ts";
import { describeIssues } from "./zod-issues.ts";

/** Where the course's files are, for reading them and for naming them in messages. */
export interface CoursePaths {
  courseFile: string;
  lessonsDir: string;
}

/**
 * Validates the course file's default export. A mistake fails the build with
 * one line per field: `content/course.ts:14: parts[1].title: must not be empty`.
 */
export function parseCourse(input: unknown, paths: CoursePaths): Course {
  const result = courseSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const text = readText(paths.courseFile);
  const problems = describeIssues(result.error, { known: Object.keys(courseSchema.shape) });
  throw new AuthorError(
    problems.map((p) => located(paths.courseFile, fieldLine(text, p.field), p.field, p.message)),
  );
}

/** One line per problem, naming the course file or the lesson's `index.mdx`, with a line when known. */
export function describeCourseProblems(
  problems: readonly CourseProblem[],
  paths: CoursePaths,
): string[] {
  const courseText = readText(paths.courseFile);
  return problems.map((p) => {
    if (p.in === "course") {
      const line = p.id ? lineOf(courseText, new RegExp(`["'\`]${p.id}["'\`]`)) : undefined;
      return located(paths.courseFile, line, p.field, p.message);
    }
    const file = join(paths.lessonsDir, p.in.lesson, "index.mdx");
    const line = p.field === "(lesson)" ? undefined : keyLine(readText(file), p.field);
    return located(file, line, p.field === "(lesson)" ? undefined : p.field, p.message);
  });
}

/** The line of a field such as `parts[1].chapters[0].title`: its last named key. */
function fieldLine(text: string, field: string): number | undefined {
  const key = /(\w+)(?:\[\d+\])*$/.exec(field)?.[1];
  return key ? keyLine(text, key) : undefined;
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
