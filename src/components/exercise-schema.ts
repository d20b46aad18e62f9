import { z } from "astro/zod";
import { idSchema, modeSchema, playgroundPropsSchema } from "./playground-schema.ts";

/** Props of `<Exercise>` in MDX. The task text goes between the tags. */
export const exercisePropsSchema = z
  .object({
    /** Kebab-case, unique in the lesson; also the id of its playground. */
    id: idSchema.describe("Anchor, storage and progress key, unique in the lesson"),
    /** Names the exercise. */
    title: z.string().min(1).describe("Names the exercise"),
    /**
     * Starter code the learner edits, usually `import starter from "./x.ts?raw"`. Give
     * `starter` and `solution`, or `files`.
     */
    starter: z.string().min(1).optional().describe("Starter code (TypeScript)"),
    /** Model solution, shown on request; the content check verifies it passes. */
    solution: z.string().min(1).optional().describe("Model solution (TypeScript)"),
    /**
     * A starter of several files, the entry first, as for `<Playground files>`: read from the
     * folder named by the id (`<id>/main.ts`); the model solution's files from `<id>/solution/`,
     * under the same names (a file missing there is the same as the starter's). The checks
     * get the entry's exports.
     */
    files: playgroundPropsSchema.shape.files.describe(
      'Starter files, entry first: ["main.ts", "worker.ts"]; solution in <id>/solution/',
    ),
    /**
     * Hints, revealed one at a time before the solution. Plain text; `backticks` mark code.
     */
    hints: z
      .array(z.string().min(1))
      .default([])
      .describe("Hints revealed one at a time (`backticks` for code)"),
    /** File name of the check module beside the lesson, e.g. "fib.check.ts". */
    check: z
      .string()
      .regex(/^[\w.-]+\.check\.ts$/, 'a file beside the lesson ending in ".check.ts"')
      .describe("Check module beside the lesson (*.check.ts)"),
    /** Where Check runs the learner's code. */
    mode: modeSchema.default("serial").describe("Mode the checks run the code in"),
    /** Default pool size; the reader's core count when omitted. */
    workers: z.number().int().min(1).max(64).optional().describe("Default pool size"),
  })
  .strict();

export type ExerciseProps = z.input<typeof exercisePropsSchema>;
