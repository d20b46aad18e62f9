import { defineCollection } from "astro:content";
import { lessonLoader } from "./content/lesson-loader.ts";
import { lessonSchema } from "./content/lesson-schema.ts";
import { buildOptions } from "./lib/build-options.ts";

// Lessons live outside src/ so a course fork edits content/ only; tests point
// LOOPLAB_CONTENT_DIR at the platform's fixture course.
const lessons = defineCollection({
  loader: lessonLoader(buildOptions().lessonsDir),
  schema: lessonSchema,
});

export const collections = { lessons };
