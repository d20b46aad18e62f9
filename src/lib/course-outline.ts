import type { Course } from "./course-schema.ts";
import type { LessonRef } from "./course.ts";

/** Where the course file lists a lesson, as a field path for messages. */
export interface Placement {
  id: string;
  part: number;
  chapter?: number | undefined;
  /** e.g. `parts[1].chapters[0].lessons[2]` */
  field: string;
}

/** Every lesson id the course file lists, in reading order. */
export function placements(course: Course): Placement[] {
  return course.parts.flatMap((part, p) =>
    part.chapters
      ? part.chapters.flatMap((chapter, c) =>
          chapter.lessons.map((id, l) => ({
            id,
            part: p,
            chapter: c,
            field: `parts[${p}].chapters[${c}].lessons[${l}]`,
          })),
        )
      : (part.lessons ?? []).map((id, l) => ({ id, part: p, field: `parts[${p}].lessons[${l}]` })),
  );
}

/** A mistake found by comparing the course file with the lesson folders. */
export interface CourseProblem {
  /** The course file, or the lesson whose `index.mdx` is at fault. */
  in: "course" | { lesson: string };
  /** The lesson id the line is about, to find its line in the file. */
  id: string;
  field: string;
  message: string;
}

/**
 * Ids with no folder, ids listed twice, and folders the course file does not
 * list: each would otherwise drop or duplicate a lesson without a word.
 */
export function courseProblems(course: Course, folders: readonly string[]): CourseProblem[] {
  const known = new Set(folders);
  const seen = new Map<string, string>();
  const problems: CourseProblem[] = [];
  const listed = placements(course);
  for (const { id, field } of listed) {
    const first = seen.get(id);
    if (first) {
      problems.push({ in: "course", id, field, message: `"${id}" is already listed at ${first}` });
    } else if (!known.has(id)) {
      problems.push({ in: "course", id, field, message: `no lesson folder "${id}"` });
    }
    seen.set(id, first ?? field);
  }
  for (const id of folders) {
    if (!seen.has(id)) {
      problems.push({
        in: { lesson: id },
        id,
        field: "(lesson)",
        message: "not listed in the course file; add its id where it belongs in the course",
      });
    }
  }
  if (listed.length === 0 && folders.length === 0) {
    problems.push({ in: "course", id: "", field: "parts", message: "the course lists no lessons" });
  }
  return problems;
}

/** Summaries `npm run new:lesson` writes; a published lesson must say something real. */
export const PLACEHOLDER_SUMMARY = /^TODO\b/;

/** Published lessons that still carry the scaffold's placeholder summary. */
export function unfinishedLessons(lessons: readonly LessonRef[]): CourseProblem[] {
  return lessons
    .filter((lesson) => !lesson.draft && PLACEHOLDER_SUMMARY.test(lesson.summary))
    .map((lesson) => ({
      in: { lesson: lesson.id },
      id: lesson.id,
      field: "summary",
      message:
        "still the placeholder from new:lesson; write one or two sentences, or keep draft: true",
    }));
}

export interface OutlineChapter {
  /** Absent for a part that lists its lessons directly. */
  title?: string | undefined;
  lessons: LessonRef[];
}

export interface OutlinePart {
  title: string;
  chapters: OutlineChapter[];
}

/**
 * The course as readers see it: lessons in course-file order, drafts left out
 * unless asked for, and parts or chapters left empty by that dropped too.
 */
export function outline(
  course: Course,
  lessons: ReadonlyMap<string, LessonRef>,
  { includeDrafts = false } = {},
): OutlinePart[] {
  const shown = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const lesson = lessons.get(id);
      return lesson && (includeDrafts || !lesson.draft) ? [lesson] : [];
    });
  return course.parts
    .map((part) => ({
      title: part.title,
      chapters: (part.chapters ?? [{ title: undefined, lessons: part.lessons ?? [] }])
        .map((chapter) => ({ title: chapter.title, lessons: shown(chapter.lessons) }))
        .filter((chapter) => chapter.lessons.length > 0),
    }))
    .filter((part) => part.chapters.length > 0);
}

/** The outline's lessons in reading order. */
export function readingOrder(parts: readonly OutlinePart[]): LessonRef[] {
  return parts.flatMap((part) => part.chapters.flatMap((chapter) => chapter.lessons));
}
