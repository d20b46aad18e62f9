import { getCollection, type CollectionEntry } from "astro:content";
import courseFile from "looplab/course";
import { AuthorError } from "./author-error.ts";
import { buildOptions } from "./build-options.ts";
import { exerciseIds, type LessonRef } from "./course.ts";
import { describeCourseProblems, parseCourse } from "./course-file.ts";
import {
  courseProblems,
  outline,
  readingOrder,
  unfinishedLessons,
  type OutlinePart,
} from "./course-outline.ts";
import type { Course } from "./course-schema.ts";

export type Lesson = CollectionEntry<"lessons">;

export interface LoadedCourse {
  course: Course;
  /** Parts and chapters as readers see them. */
  parts: OutlinePart[];
  /** Lessons in reading order. */
  refs: LessonRef[];
  lessons: Lesson[];
}

/** The course file's texts and parts, validated, without reading any lesson. */
export function loadCourseFile(): Course {
  return parseCourse(courseFile, buildOptions());
}

/**
 * The course in the course file's order, checked against the lesson folders.
 * Drafts show in `astro dev` and in builds with LOOPLAB_DRAFTS=1, never in a
 * published build.
 */
export async function loadCourse(): Promise<LoadedCourse> {
  const options = buildOptions();
  const course = parseCourse(courseFile, options);
  const entries = await getCollection("lessons");
  const all = entries.map((entry): LessonRef => ({
    id: entry.id,
    ...entry.data,
    exercises: exerciseIds(entry.body ?? ""),
  }));
  const problems = [
    ...courseProblems(
      course,
      entries.map((entry) => entry.id),
    ),
    ...unfinishedLessons(all),
  ];
  if (problems.length) throw new AuthorError(describeCourseProblems(problems, options));
  const parts = outline(course, new Map(all.map((ref) => [ref.id, ref])), {
    includeDrafts: import.meta.env.DEV || options.drafts,
  });
  const refs = readingOrder(parts);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return { course, parts, refs, lessons: refs.flatMap((ref) => byId.get(ref.id) ?? []) };
}
