import { z } from "astro/zod";
import { DEFAULT_BUDGET_MS, MODES } from "../runtime/modes.ts";

export const modeSchema = z.enum(MODES);

/** Ids of playgrounds and exercises: URL anchors and storage keys. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "use lowercase letters, digits and dashes");
export type Mode = z.infer<typeof modeSchema>;

/** A claim the content check verifies: `mode` runs `min`–`max` times faster than `vs`. */
export const expectationSchema = z
  .object({
    /** The mode whose speed is claimed. */
    mode: modeSchema.describe("Mode whose speed is claimed"),
    /** The baseline mode. */
    vs: modeSchema.describe("Baseline mode"),
    /** Lowest acceptable speedup, wall(vs) / wall(mode). */
    min: z.number().positive().optional().describe("Lowest speedup wall(vs)/wall(mode)"),
    /** Highest acceptable speedup. */
    max: z.number().positive().optional().describe("Highest speedup wall(vs)/wall(mode)"),
    /** Only checked on machines with at least this many cores. */
    minCores: z.number().int().positive().default(1).describe("Check only with this many cores"),
  })
  .strict();

/**
 * "Predict, then measure": what the reader commits to before running. `wall` asks for the
 * wall time of each listed mode, `order` for the order in which lines are printed (each a
 * line or a unique part of one), `block` for the longest main-thread block of a run.
 */
export const predictionSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("wall"),
      /** Modes whose wall time the reader guesses; a run in each (or Compare) measures them. */
      modes: z.array(modeSchema).min(1).describe("Modes whose wall time is guessed"),
      /** Replaces the default question. */
      question: z.string().min(1).optional().describe("The question asked"),
    })
    .strict(),
  z
    .object({
      kind: z.literal("order"),
      /** Printed lines (or a unique part of each), in the order the run prints them. */
      lines: z.array(z.string().min(1)).min(2).describe("Printed lines, in their true order"),
      question: z.string().min(1).optional().describe("The question asked"),
    })
    .strict(),
  z
    .object({
      kind: z.literal("block"),
      question: z.string().min(1).optional().describe("The question asked"),
    })
    .strict(),
]);
export type Prediction = z.infer<typeof predictionSchema>;

/** Props of `<Playground>` in MDX. */
export const playgroundPropsSchema = z
  .object({
    /** Kebab-case, unique in the lesson: the URL anchor and the key of saved edits. */
    id: idSchema.describe("Anchor and storage key, unique in the lesson"),
    /** Names the experiment; the playground is a region labelled by it. */
    title: z.string().min(1).describe("Names the experiment"),
    /**
     * The example's file beside the lesson, e.g. `"io.ts"`: the build reads it,
     * and compile errors name it. Give one of `file`, `code` or `files`.
     */
    file: z.string().min(1).optional().describe('Example file beside the lesson, e.g. "io.ts"'),
    /** TypeScript source, e.g. from `import io from "./io.ts?raw"`. Give one of `file`, `code` or `files`. */
    code: z.string().min(1).optional().describe("TypeScript source of the example"),
    /**
     * A program of several files, the entry first: `["main.ts", "worker.ts"]`, read from a
     * folder beside the lesson named by the playground's id (`<id>/main.ts`), so two
     * programs on a page each have their own `main.ts`. The reader gets a tab per file; the
     * files import each other (`./worker.ts`) as ES modules do. Give `files`, `file` or `code`.
     */
    files: z
      .array(z.string().regex(/\.ts$/, "must be a TypeScript file (.ts)"))
      .min(1)
      .refine((names) => new Set(names).size === names.length, "names a file twice")
      .optional()
      .describe('Files of a multi-file program, entry first: ["main.ts", "worker.ts"]'),
    /** Where a run goes by default. */
    mode: modeSchema.default("serial").describe("Default run mode"),
    /** Modes the content check runs; defaults to `[mode]`. */
    modes: z.array(modeSchema).min(1).optional().describe("Modes the content check runs"),
    /** Default pool size; the reader's core count when omitted. */
    workers: z.number().int().min(1).max(64).optional().describe("Default pool size"),
    /** Main-thread time budget in ms before a run is stopped. */
    budgetMs: z
      .number()
      .int()
      .positive()
      .default(DEFAULT_BUDGET_MS)
      .describe("Main-thread time budget (ms)"),
    /** Speedups the lesson claims; checked automatically. */
    expect: z.array(expectationSchema).default([]).describe("Speedup claims to verify"),
    /**
     * For starters that fail on purpose (an exercise to fix): the run must end
     * with an error containing this text.
     */
    expectError: z.string().min(1).optional().describe("The run must fail with this text"),
    /** Text the output must contain after a run. */
    expectOutput: z.array(z.string()).default([]).describe("Substrings the output must contain"),
    /** A prediction the reader commits to before running; the result is shown against it. */
    predict: predictionSchema.optional().describe("Predict, then measure (wall, order, block)"),
  })
  .strict();

export type PlaygroundProps = z.input<typeof playgroundPropsSchema>;
