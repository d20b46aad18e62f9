import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { playgroundPropsSchema } from "../../components/playground-schema.ts";
import { lessonFile } from "./lesson-files.ts";
import type { JsxAttribute } from "./jsx-tags.ts";
import { literalValue } from "./tag-props.ts";

/** The texts of a multi-file playground's or exercise's `files`, in their order. */
export const FILE_TEXTS_PROP = "__files";
/** The texts of a multi-file exercise's model solution, `<id>/solution/<file>`, null where absent. */
export const SOLUTION_TEXTS_PROP = "__solutionFiles";

/**
 * Imports of the files a multi-file playground lists (`files={["main.ts", "worker.ts"]}`)
 * and the expression listing their texts in that order. The names' format is the schema's
 * to check; here, that each is a file in the lesson folder.
 */
export function fileTexts(
  files: JsxAttribute,
  lessonDir: string,
  id: JsxAttribute | undefined,
  firstBinding: number,
): { imports: string[]; list: string; props: string } | { error: string } {
  const names = files.kind === "expression" ? literalValue(files.value) : undefined;
  if (!Array.isArray(names) || !names.every((n) => typeof n === "string")) {
    return { error: 'takes a list of names in quotes, e.g. files={["main.ts", "worker.ts"]}' };
  }
  // Names the schema rejects (not .ts, twice) are reported once, by the schema.
  if (!playgroundPropsSchema.shape.files.safeParse(names).success)
    return { imports: [], list: "[]", props: "" };
  // A program's files sit in a folder of their own, named by the playground's id.
  if (id?.kind !== "string") return { imports: [], list: "[]", props: "" };
  const imports: string[] = [];
  const bindings: string[] = [];
  for (const name of names) {
    const resolved = lessonFile(lessonDir, `${id.value}/${name}`);
    if ("error" in resolved) return resolved;
    const binding = `__looplabFile${firstBinding + imports.length}`;
    imports.push(`import ${binding} from ${JSON.stringify(resolved.specifier)};`);
    bindings.push(binding);
  }
  const list = `[${bindings.join(", ")}]`;
  return { imports, list, props: `${FILE_TEXTS_PROP}={${list}}` };
}

/**
 * A multi-file exercise's starter files (`<id>/<file>`) as for a playground, and its model
 * solution's (`<id>/solution/<file>`): a file missing there is the starter's, so the list has
 * `null` in its place; a file there that `files` does not name is a mistake (a misspelt name
 * would otherwise be silently ignored).
 */
export function exerciseFileTexts(
  files: JsxAttribute,
  lessonDir: string,
  id: JsxAttribute | undefined,
  firstBinding: number,
): { imports: string[]; props: string } | { error: string } {
  const starter = fileTexts(files, lessonDir, id, firstBinding);
  if ("error" in starter) return starter;
  // Names the schema rejects are reported by the schema, as for a playground.
  if (!starter.imports.length || id?.kind !== "string") return { imports: [], props: "" };
  const names = literalValue(files.kind === "expression" ? files.value : "") as string[];
  const folder = join(lessonDir, id.value, "solution");
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return { error: `no folder for the model solution (looked for ${folder}/)` };
  const present = readdirSync(folder).filter((f) => !f.startsWith("."));
  const stray = present.find((f) => !names.includes(f));
  if (stray !== undefined)
    return { error: `"${id.value}/solution/${stray}" is not one of the files listed` };
  if (!present.length)
    return { error: `${folder}/ is empty: put the model solution's files there` };
  const imports = [...starter.imports];
  const solution = names.map((name) => {
    if (!present.includes(name)) return "null";
    const binding = `__looplabFile${firstBinding + imports.length}`;
    const specifier = `./${id.value}/solution/${name}?raw`;
    imports.push(`import ${binding} from ${JSON.stringify(specifier)};`);
    return binding;
  });
  return {
    imports,
    props: `${FILE_TEXTS_PROP}={${starter.list}} ${SOLUTION_TEXTS_PROP}={[${solution.join(", ")}]}`,
  };
}
