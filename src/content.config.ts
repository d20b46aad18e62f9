import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { lessonSchema } from "./content/lesson-schema.ts";

// Lessons live outside src/ so a course fork edits content/ only.
const lessons = defineCollection({
  loader: glob({
    pattern: "*/index.mdx",
    // Tests point this at fixture lessons; a course always uses content/lessons.
    base: process.env.LOOPLAB_LESSONS_DIR ?? "./content/lessons",
    generateId: ({ entry }) => entry.split("/")[0] ?? entry,
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
