import { getCollection, type CollectionEntry } from "astro:content";
import { courseOrder, exerciseIds, type LessonRef } from "./course.ts";

export type Lesson = CollectionEntry<"lessons">;

/** Drafts show in `astro dev` so authors can preview them; never in a build. */
export async function loadCourse(): Promise<{ lessons: Lesson[]; refs: LessonRef[] }> {
  const all = await getCollection("lessons");
  const refs = courseOrder(
    all.map((entry) => ({ id: entry.id, ...entry.data, exercises: exerciseIds(entry.body ?? "") })),
    { includeDrafts: import.meta.env.DEV },
  );
  const byId = new Map(all.map((entry) => [entry.id, entry]));
  const lessons = refs.flatMap((ref) => byId.get(ref.id) ?? []);
  return { lessons, refs };
}
