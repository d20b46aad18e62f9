import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseFrontmatter } from "astro/markdown";
import { readBuildRecord, type BuildRecord } from "../../src/lib/build/build-record.ts";
import type { CourseInput } from "../../src/lib/course-schema.ts";

/** Lesson ids as built into dist/, in directory order. */
export function builtLessons(dist = "dist"): string[] {
  if (!existsSync(`${dist}/lessons`)) return [];
  return readdirSync(`${dist}/lessons`).filter((id) =>
    existsSync(`${dist}/lessons/${id}/index.html`),
  );
}

/** What the build record says dist/ holds: which course, with or without drafts. */
export function builtFrom(dist = "dist"): BuildRecord {
  const record = readBuildRecord(dist);
  if (!record) throw new Error(`${dist}/ has no build record: build it with npm run build`);
  return record;
}

export interface ExpectedLesson {
  id: string;
  title: string;
  draft: boolean;
}

export interface ExpectedCourse {
  title: string;
  tagline: string;
  /** Part titles that have a lesson in this build. */
  parts: string[];
  /** Lessons a reader sees, in the course file's order. */
  lessons: ExpectedLesson[];
  /** Draft lessons this build leaves out. */
  hidden: ExpectedLesson[];
  /** Folder holding the course's lessons, for messages and reading files. */
  lessonsDir: string;
}

/**
 * What the site in dist/ should show, worked out from the course it was built
 * from, independently of the site's own code: so these tests hold for any
 * course, the sample one, the platform's fixture course, or a fork's.
 */
export async function expectedCourse(dist = "dist"): Promise<ExpectedCourse> {
  const record = builtFrom(dist);
  const lessonsDir = join(record.contentDir, "lessons");
  const module = (await import(resolve(record.contentDir, "course.ts"))) as {
    default: CourseInput;
  };
  const course = module.default;
  const lesson = (id: string): ExpectedLesson => {
    const text = readFileSync(join(lessonsDir, id, "index.mdx"), "utf8");
    const data = parseFrontmatter(text).frontmatter as { title: string; draft?: boolean };
    return { id, title: data.title, draft: data.draft === true };
  };
  const parts = course.parts.map((part) => ({
    title: part.title,
    lessons: (part.chapters ?? [{ lessons: part.lessons ?? [] }]).flatMap((c) =>
      c.lessons.map(lesson),
    ),
  }));
  const shown = (l: ExpectedLesson) => record.drafts || !l.draft;
  return {
    title: course.title,
    tagline: course.tagline,
    parts: parts.filter((p) => p.lessons.some(shown)).map((p) => p.title),
    lessons: parts.flatMap((p) => p.lessons.filter(shown)),
    hidden: parts.flatMap((p) => p.lessons.filter((l) => !shown(l))),
    lessonsDir,
  };
}
