import { join } from "node:path";
import type { z } from "astro/zod";
import { exercisePropsSchema } from "../../components/exercise-schema.ts";
import { playgroundPropsSchema } from "../../components/playground-schema.ts";
import { parseFrontmatter } from "astro/markdown";
import { frontmatterProblems } from "../../content/lesson-schema.ts";
import { AuthorError, keyLine, located } from "../author-error.ts";
import { codeRegions, inRegions } from "./code-regions.ts";
import { ANCHORED } from "./lesson-index.ts";
import { lessonFile } from "./lesson-files.ts";
import { attribute, findTags, type JsxTag } from "./jsx-tags.ts";
import { exerciseFileTexts, fileTexts } from "./program-files.ts";
import { rewriteLessonLinks, type LinkContext } from "./lesson-links.ts";
import { tagPropProblems } from "./tag-props.ts";

export interface LessonTransformContext extends LinkContext {
  /** The lesson's `index.mdx`, from the project root. */
  file: string;
  /** Its folder, from the project root. */
  lessonDir: string;
}

/** Props the transform adds; components read them for messages, authors never write them. */
export const WHERE_PROP = "__mdx";
export const CODE_FILE_PROP = "__code";
/** The code of the single-file playgrounds above a playground, by id: the cells it may import. */
export const CELLS_PROP = "__cells";

const SCHEMAS: Record<string, z.ZodObject> = {
  Playground: playgroundPropsSchema,
  Exercise: exercisePropsSchema,
};

/** An example the build must compile, and where to report it if it does not. */
export interface ExampleFile {
  /** The `.ts` file, from the project root. */
  path: string;
  /** `file:line` of the tag that shows it. */
  at: string;
  /** `<Playground id="x">`, for messages. */
  tag: string;
}

export interface TransformedLesson {
  code: string;
  /** Examples whose text is known now, so their compile errors can name the file. */
  examples: ExampleFile[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Prepares a lesson's MDX before it compiles, keeping every line where it was:
 * rejects ids used twice on the page, turns `<Playground file="io.ts">` into an
 * import of that file, tells each playground and exercise where it is written
 * (so its errors name the `.mdx` line and the `.ts` file), and resolves
 * `lesson:` links. Every mistake in the file is reported at once.
 */
export function transformLesson(
  source: string,
  context: LessonTransformContext,
): TransformedLesson {
  const problems = frontmatterLines(source, context.file);
  const examples: ExampleFile[] = [];
  const tags = findTags(source, ANCHORED);
  problems.push(...duplicateIds(tags, context.file));
  const imports = rawImports(source);
  const edits: Edit[] = [];
  const added: string[] = [];
  /** Single-file playgrounds so far: id → the expression of their code. */
  const cells: [string, string][] = [];
  for (const tag of tags) {
    const id = attribute(tag, "id");
    const name = `<${tag.name}${id?.kind === "string" ? ` id="${id.value}"` : ""}>`;
    const where = (message: string) =>
      problems.push(located(context.file, tag.line, undefined, `${name}: ${message}`));
    /** The file behind `prop={binding}` when the binding is `import binding from "./x.ts?raw"`. */
    const importedFile = (prop: string): string | undefined => {
      const value = attribute(tag, prop);
      const specifier = value?.kind === "expression" ? imports.get(value.value.trim()) : undefined;
      return specifier?.startsWith("./") && specifier.endsWith("?raw")
        ? join(context.lessonDir, specifier.slice(2, -4))
        : undefined;
    };
    const schema = SCHEMAS[tag.name];
    if (schema) tagPropProblems(tag, schema).forEach(where);
    let codeFile: string | undefined;
    const file = attribute(tag, "file");
    const files = attribute(tag, "files");
    if (tag.name === "Playground" && !file && !files && !attribute(tag, "code")) {
      where('give the example as file="name.ts", files={["main.ts", …]} or code={…}');
    }
    if (tag.name === "Playground" && files) {
      if (file || attribute(tag, "code")) where("give files, file or code, not two of them");
      else {
        const texts = fileTexts(files, context.lessonDir, id, added.length);
        if ("error" in texts) where(`files: ${texts.error}`);
        else {
          added.push(...texts.imports);
          edits.push({ start: files.end, end: files.end, text: ` ${texts.props}` });
        }
      }
    } else if (tag.name === "Exercise" && files) {
      if (attribute(tag, "starter") || attribute(tag, "solution"))
        where("give files, or starter and solution, not both");
      else {
        const texts = exerciseFileTexts(files, context.lessonDir, id, added.length);
        if ("error" in texts) where(`files: ${texts.error}`);
        else {
          added.push(...texts.imports);
          edits.push({ start: files.end, end: files.end, text: ` ${texts.props}` });
        }
      }
    } else if (
      tag.name === "Exercise" &&
      (!attribute(tag, "starter") || !attribute(tag, "solution"))
    ) {
      where('give the exercise as starter={…} and solution={…}, or files={["main.ts", …]}');
    } else if (tag.name === "Playground" && file) {
      if (attribute(tag, "code")) where("give either file or code, not both");
      else if (file.kind !== "string") where('file takes a name in quotes, e.g. file="io.ts"');
      else {
        const resolved = lessonFile(context.lessonDir, file.value);
        if ("error" in resolved) where(`file: ${resolved.error}`);
        else {
          const binding = `__looplabFile${added.length}`;
          added.push(`import ${binding} from ${JSON.stringify(resolved.specifier)};`);
          edits.push({ start: file.start, end: file.end, text: `code={${binding}}` });
          codeFile = resolved.path;
        }
      }
    } else {
      codeFile = importedFile(tag.name === "Exercise" ? "starter" : "code");
    }
    const at = `${context.file}:${tag.line}`;
    if (codeFile) examples.push({ path: codeFile, at, tag: name });
    if (tag.name === "Exercise") {
      // A model solution is not compiled for the page, but should compile all the same.
      const solution = importedFile("solution");
      if (solution && solution !== codeFile) examples.push({ path: solution, at, tag: name });
      const check = attribute(tag, "check");
      const found =
        check?.kind === "string" ? lessonFile(context.lessonDir, check.value) : undefined;
      if (found && "error" in found) where(`check: ${found.error}`);
    }
    const props = [`${WHERE_PROP}="${context.file}:${tag.line}"`];
    if (codeFile) props.push(`${CODE_FILE_PROP}="${codeFile}"`);
    if (tag.name === "Playground") {
      // A playground may import those above it on the page (`#id`); never other pages'.
      if (cells.length)
        props.push(
          `${CELLS_PROP}={{ ${cells.map(([i, c]) => `${JSON.stringify(i)}: ${c}`).join(", ")} }}`,
        );
      const code = cellCode(tag, edits);
      if (id?.kind === "string" && code) cells.push([id.value, code]);
    }
    edits.push({ start: tag.nameEnd, end: tag.nameEnd, text: ` ${props.join(" ")}` });
  }
  let code = applyEdits(source, edits);
  // Imports go last: ESM is hoisted, and lines above keep their numbers.
  if (added.length) code = `${code.replace(/\n*$/, "")}\n\n${added.join("\n")}\n`;
  const links = rewriteLessonLinks(code, context);
  problems.push(
    ...links.problems.map((p) => located(context.file, p.line, `(${p.link})`, p.message)),
  );
  if (problems.length) throw new AuthorError(problems);
  return { code: links.code, examples };
}

/** The expression of a single-file playground's code: its `code={…}`, or the file's import. */
function cellCode(tag: JsxTag, edits: readonly Edit[]): string | undefined {
  const code = attribute(tag, "code");
  if (code?.kind === "expression") return `(${code.value})`;
  const file = attribute(tag, "file");
  const replaced = file && edits.find((e) => e.start === file.start && e.end === file.end);
  return replaced ? /^code=\{(.*)\}$/.exec(replaced.text)?.[1] : undefined;
}

/**
 * The content loader checks frontmatter too, but in `astro dev` it only logs a
 * failed reload and keeps serving the last good page; failing here puts the
 * mistake in the browser's error overlay.
 */
function frontmatterLines(source: string, file: string): string[] {
  let data: unknown;
  try {
    data = parseFrontmatter(source).frontmatter;
  } catch (error) {
    return [located(file, undefined, "frontmatter", (error as Error).message.split("\n")[0] ?? "")];
  }
  return frontmatterProblems(data).map((p) =>
    located(file, keyLine(source, p.field.split(/[.[]/)[0] ?? ""), p.field, p.message),
  );
}

/** Playground and exercise ids are anchors and storage keys: one per page. */
function duplicateIds(tags: readonly JsxTag[], file: string): string[] {
  const first = new Map<string, number>();
  const problems: string[] = [];
  for (const tag of tags) {
    const id = attribute(tag, "id");
    if (id?.kind !== "string") continue;
    const seen = first.get(id.value);
    if (seen === undefined) first.set(id.value, tag.line);
    else {
      problems.push(
        located(
          file,
          tag.line,
          "id",
          `"${id.value}" is already used on line ${seen}; ids must be unique on a page`,
        ),
      );
    }
  }
  return problems;
}

/** `import name from "./x.ts?raw"` lines outside code: binding → specifier. */
function rawImports(source: string): Map<string, string> {
  const skip = codeRegions(source);
  const imports = new Map<string, string>();
  for (const m of source.matchAll(/^import\s+([\w$]+)\s+from\s+["']([^"']+)["']/gm)) {
    if (!inRegions(skip, m.index) && m[1] && m[2]) imports.set(m[1], m[2]);
  }
  return imports;
}

function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = source;
  for (const edit of edits.toSorted((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}
