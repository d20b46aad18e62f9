// npm run new:lesson -- "Title": scaffolds content/lessons/NN-slug/ with frontmatter,
// one playground and one checked exercise, placed after the last lesson.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { lessonFiles, lessonFolder, nextOrder } from "../src/lib/scaffold.ts";

const title = process.argv.slice(2).join(" ").trim();
if (!title) {
  console.error('Usage: npm run new:lesson -- "Title of the lesson"');
  process.exit(1);
}
const root = process.env.LOOPLAB_LESSONS_DIR ?? "content/lessons";
const orders = existsSync(root)
  ? readdirSync(root).flatMap((dir) => {
      const file = join(root, dir, "index.mdx");
      if (!existsSync(file)) return [];
      const order = /^order:\s*(\d+)/m.exec(readFileSync(file, "utf8"))?.[1];
      return order ? [Number(order)] : [];
    })
  : [];
const order = nextOrder(orders);
const folder = join(root, lessonFolder(order, title));
if (existsSync(folder)) {
  console.error(`${folder} already exists.`);
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(lessonFiles(title, order))) {
  const path = join(folder, name);
  // Formatted as the repo's Prettier config says, so `npm test` passes as is.
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
}
console.log(`Created ${folder}/ (order ${order}). Preview it with npm run dev.`);
