import type { CourseInput } from "./course-schema.ts";

/**
 * Types `content/course.ts` for the editor. It returns its argument unchanged:
 * the build validates the course against the schema and the lesson folders.
 * Only a type is imported, so Node scripts can load the course file as is.
 */
export function defineCourse(course: CourseInput): CourseInput {
  return course;
}
