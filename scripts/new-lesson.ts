// npm run new:lesson -- "Title" [--after <lesson-id>]: scaffolds lessons/<slug>/ in the
// course folder (frontmatter, a playground, a checked exercise) as a draft, and lists it
// in the course file after <lesson-id>, or after the course's last lesson.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import * as prettier from "prettier";
import { buildOptions } from "../src/lib/build-options.ts";
import type { CourseInput } from "../src/lib/course-schema.ts";
import { insertLessonId, lessonFiles, slugify } from "../src/lib/scaffold.ts";

const usage = 'Usage: npm run new:lesson -- "Title of the lesson" [--after <lesson-id>]';
const { values, positionals } = parseArgs({
  options: { after: { type: "string" } },
  allowPositionals: true,
});
const title = positionals.join(" ").trim();
if (!title) fail(usage);

const { courseFile, lessonsDir } = buildOptions();
const course = ((await import(pathToFileURL(resolve(courseFile)).href)) as { default: CourseInput })
  .default;
const listed = course.parts.flatMap((part) =>
  part.chapters ? part.chapters.flatMap((c) => c.lessons) : (part.lessons ?? []),
);
if (values.after !== undefined && !listed.includes(values.after)) {
  fail(`${courseFile} does not list "${values.after}". Lessons: ${listed.join(", ") || "none"}`);
}
const id = slugify(title);
const folder = join(lessonsDir, id);
if (existsSync(folder) || listed.includes(id)) fail(`A lesson "${id}" already exists.`);

const courseText = insertLessonId(readFileSync(courseFile, "utf8"), id, {
  after: values.after,
  last: listed.at(-1),
});
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(lessonFiles(title))) {
  await writeFormatted(join(folder, name), text);
}
await writeFormatted(courseFile, courseText);
const place = values.after ?? listed.at(-1);
console.log(`Created ${folder}/ as a draft, listed in ${courseFile}${place ? ` after ${place}` : ""}.
Preview it with npm run dev. To publish it, write its summary and set draft: false.`);

/** Formatted as the repo's Prettier config says, so `npm test` passes as is. */
async function writeFormatted(path: string, text: string): Promise<void> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
