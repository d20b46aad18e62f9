import { z } from "astro/zod";
import { AuthorError } from "../lib/author-error.ts";
import type { ProgramSource } from "../runtime/types.ts";
import { describeIssues, problemLines, type FieldProblem } from "../lib/zod-issues.ts";
import { exercisePropsSchema } from "./exercise-schema.ts";
import { playgroundPropsSchema } from "./playground-schema.ts";

/**
 * Props only the platform sets, so the authoring reference leaves them out:
 * `__mdx` (the tag's `file:line`) and `__code` (the example's `.ts` file) come
 * from the lesson transform (src/lib/mdx/), for messages that name them.
 */
const locationProps = {
  __mdx: z.string().optional(),
  __code: z.string().optional(),
};

const playgroundSchema = playgroundPropsSchema.extend({
  ...locationProps,
  /** The texts of `files`, in their order: the lesson transform reads them beside the lesson. */
  __files: z.array(z.string()).optional(),
  /** The code of the single-file playgrounds above it on the page, by id: cells it may import. */
  __cells: z.record(z.string(), z.string()).optional(),
  /** Set by `<Exercise>`: the check module its Check button runs. */
  check: z.string().optional(),
});

const exerciseSchema = exercisePropsSchema.extend({
  ...locationProps,
  /** Lesson folder, for the fixture pages, which are not lessons. */
  lesson: z.string().optional(),
  /** The texts of `files`, in their order: the lesson transform reads them beside the lesson. */
  __files: z.array(z.string()).optional(),
  /** The texts of `<id>/solution/<file>` for each of `files`; null where it is the starter's. */
  __solutionFiles: z.array(z.string().nullable()).optional(),
});

/** A valid playground: one snippet (`code`), or a program of several files (`program`). */
export type PlaygroundConfig = z.infer<typeof playgroundSchema> &
  ({ code: string; program?: undefined } | { code?: undefined; program: ProgramSource });
/** A valid exercise: a snippet and its solution, or a program and the solution's program. */
export type ExerciseConfig = z.infer<typeof exerciseSchema> &
  (
    | { starter: string; solution: string; program?: undefined; solutionProgram?: undefined }
    | {
        starter?: undefined;
        solution?: undefined;
        program: ProgramSource;
        solutionProgram: ProgramSource;
      }
  );
export type InternalPlaygroundProps = z.input<typeof playgroundSchema>;
export type InternalExerciseProps = z.input<typeof exerciseSchema>;

/**
 * Validates a playground's props at build time. A mistake fails the build with
 * one line per field: `content/lessons/x/index.mdx:12: <Playground id="io">: workers: …`.
 */
export function parsePlaygroundProps(props: unknown, page: string): PlaygroundConfig {
  const { data, problems } = parse(playgroundSchema, props);
  if (data?.files) {
    const program = filesProgram(data.files, data.__files);
    if (data.code !== undefined || data.file !== undefined) {
      problems.push({ field: "files", message: "give files, file or code, not two of them" });
    } else if (!program) {
      problems.push({ field: "files", message: "work in lessons, read from beside the lesson" });
    } else if (!problems.length) return { ...data, code: undefined, program };
  } else if (data && data.code === undefined) {
    problems.push(
      data.file === undefined
        ? { field: "code", message: 'give the example as file="name.ts" or code={…}' }
        : { field: "file", message: "works in lessons; elsewhere import the file, pass code={…}" },
    );
  }
  if (data?.code !== undefined && !problems.length) return { ...data, code: data.code };
  throw authorError("Playground", props, page, problems);
}

/** The program behind `files`, the first file its entry; trailing space is trimmed as for `code`. */
function filesProgram(
  names: readonly string[],
  texts: readonly string[] | undefined,
): ProgramSource | undefined {
  const [entry] = names;
  if (entry === undefined || texts?.length !== names.length) return undefined;
  const files = Object.fromEntries(
    names.map((name, i) => [name, (texts[i] ?? "").replace(/\s+$/, "") + "\n"]),
  );
  return { entry, files };
}

/** Validates an exercise's props at build time, with messages like the playground's. */
export function parseExerciseProps(props: unknown, page: string): ExerciseConfig {
  const { data, problems } = parse(exerciseSchema, props);
  if (data?.files) {
    const program = filesProgram(data.files, data.__files);
    const solution = data.__solutionFiles;
    if (data.starter !== undefined || data.solution !== undefined) {
      problems.push({ field: "files", message: "give files, or starter and solution, not both" });
    } else if (!program || solution?.length !== data.files.length) {
      problems.push({ field: "files", message: "work in lessons, read from beside the lesson" });
    } else if (!problems.length) {
      // A file the solution folder leaves out is the starter's.
      const solutionTexts = data.files.map((_, i) => solution[i] ?? data.__files?.[i] ?? "");
      const solutionProgram = filesProgram(data.files, solutionTexts) ?? program;
      return { ...data, starter: undefined, solution: undefined, program, solutionProgram };
    }
  } else if (data) {
    for (const field of ["starter", "solution"] as const)
      if (data[field] === undefined)
        problems.push({ field, message: "required (or give the exercise as files={[…]})" });
  }
  if (data?.starter !== undefined && data.solution !== undefined && !problems.length)
    return { ...data, starter: data.starter, solution: data.solution };
  throw authorError("Exercise", props, page, problems);
}

/** `file:line: <Tag id="x">: message`, for errors found after the props were valid. */
export function tagError(tag: string, props: unknown, page: string, message: string): AuthorError {
  return authorError(tag, props, page, [{ field: "", message }]);
}

function parse<S extends z.ZodObject>(schema: S, props: unknown) {
  const result = schema.safeParse(withoutAstroAttributes(props), { reportInput: true });
  const problems: FieldProblem[] = result.success
    ? []
    : describeIssues(result.error, {
        known: Object.keys(schema.shape).filter((key) => !key.startsWith("__")),
      });
  return { data: result.success ? result.data : undefined, problems };
}

function authorError(
  tag: string,
  props: unknown,
  page: string,
  problems: readonly FieldProblem[],
): AuthorError {
  const at = prop(props, "__mdx") || page;
  const name = `<${tag} id="${prop(props, "id") || "?"}">`;
  return new AuthorError(problemLines(problems).map((line) => `${at}: ${name}: ${line}`));
}

function prop(props: unknown, name: string): string {
  if (typeof props !== "object" || props === null) return "";
  const value = (props as Record<string, unknown>)[name];
  return typeof value === "string" ? value : "";
}

/** Astro adds `data-astro-cid-*` to components used inside a component with scoped styles. */
function withoutAstroAttributes(props: unknown): unknown {
  if (typeof props !== "object" || props === null) return props;
  return Object.fromEntries(Object.entries(props).filter(([k]) => !k.startsWith("data-astro-")));
}
