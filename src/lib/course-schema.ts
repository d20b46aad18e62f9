import { z } from "astro/zod";

/**
 * A lesson's id is its folder name under `content/lessons/`, so it is also its
 * URL. Order lives in the course file, so a folder never needs renaming.
 */
export const lessonIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "a lesson folder name: lowercase letters, digits and dashes");

const lessonListSchema = z
  .array(lessonIdSchema)
  .describe("Lesson ids (folder names), in reading order");

/** A titled group of lessons inside a part. */
export const chapterSchema = z
  .object({
    /** Shown above its lessons in the sidebar and on the home page. */
    title: z.string().min(1).describe("Chapter heading"),
    /** Lesson ids in reading order. */
    lessons: lessonListSchema,
  })
  .strict();

/** A part of the course: either chapters of lessons, or lessons directly. */
export const partSchema = z
  .object({
    /** Shown in the sidebar and on the home page. */
    title: z.string().min(1).describe("Part heading"),
    /** Chapters in reading order; give either `chapters` or `lessons`. */
    chapters: z.array(chapterSchema).optional().describe("Chapters, in reading order"),
    /** Lesson ids in reading order; give either `chapters` or `lessons`. */
    lessons: lessonListSchema.optional(),
  })
  .strict()
  .refine((part) => (part.chapters === undefined) !== (part.lessons === undefined), {
    message: "give either chapters or lessons, not both",
  });

/** `content/course.ts`: the site's name and texts, and the order of every lesson. */
export const courseSchema = z
  .object({
    /** The site's name: page header, browser tab, search results. */
    title: z.string().min(1).describe("Site name: header, browser tab, search results"),
    /** The home page's heading. */
    tagline: z.string().min(1).describe("Home page heading"),
    /** Meta description of the home page, for search engines and link previews. */
    description: z
      .string()
      .min(1)
      .optional()
      .describe("Home page meta description; the tagline when omitted"),
    /**
     * Home page introduction. Paragraphs are separated by a blank line; inline
     * `code`, *emphasis*, **strong** and [links](https://example.org) work.
     */
    home: z.string().default("").describe("Home page introduction (paragraphs, inline Markdown)"),
    /** The course, in reading order. Every lesson folder must appear exactly once. */
    parts: z.array(partSchema).min(1).describe("Parts of the course, in reading order"),
  })
  .strict();

export type CourseInput = z.input<typeof courseSchema>;
export type Course = z.infer<typeof courseSchema>;
