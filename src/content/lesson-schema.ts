import { z } from "astro/zod";

/** Frontmatter of a lesson in `content/lessons/<NN-slug>/index.mdx`. */
export const lessonSchema = z
  .object({
    /** Shown as the page's h1, in the sidebar and on the course index. */
    title: z.string().min(1).describe("Lesson title (h1, sidebar, index)"),
    /** One or two sentences for the course index and search results. */
    summary: z.string().min(1).describe("One or two sentences for the index"),
    /** Position in the course; lessons are listed by ascending order. */
    order: z.number().int().nonnegative().describe("Position in the course (ascending)"),
    /** Drafts build in `astro dev` only, so a fork can hide a lesson without deleting it. */
    draft: z.boolean().default(false).describe("Hide from the published course"),
    /** Estimated minutes to read and run the experiments. */
    minutes: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Estimated minutes, reading plus experiments"),
    /** What the reader can do after the lesson, listed at its top. */
    objectives: z
      .array(z.string().min(1))
      .default([])
      .describe("What the reader will be able to do"),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonSchema>;

/**
 * Turns a failed parse into one line per field, so a build error names the
 * field as well as the file.
 */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join(".") : "(frontmatter)";
    return `${field}: ${issue.message}`;
  });
}
