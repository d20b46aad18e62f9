import { z } from "astro/zod";
import { describeIssues, type FieldProblem } from "../lib/zod-issues.ts";

/** Frontmatter of a lesson in `content/lessons/<id>/index.mdx`. */
export const lessonSchema = z
  .object({
    /** Shown as the page's h1, in the sidebar and on the course index. */
    title: z.string().min(1).describe("Lesson title (h1, sidebar, index)"),
    /** One or two sentences for the course index and search results. */
    summary: z.string().min(1).describe("One or two sentences for the index"),
    /**
     * Drafts show in `npm run dev` and in builds with `LOOPLAB_DRAFTS=1` (the
     * content check), never in a published build.
     */
    draft: z.boolean().default(false).describe("Leave out of the published build"),
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

/** Fields that used to exist, with what to do instead. */
const HINTS = {
  order: "the order of lessons lives in the course file (content/course.ts) now; delete this line",
};

/** Everything wrong with a lesson's frontmatter, one entry per field. */
export function frontmatterProblems(data: unknown): FieldProblem[] {
  const result = lessonSchema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return describeIssues(result.error, { known: Object.keys(lessonSchema.shape), hints: HINTS });
}
