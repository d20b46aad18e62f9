import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { glob } from "astro/loaders";
import type { Loader, LoaderContext } from "astro/loaders";
import { AuthorError, keyLine, located } from "../lib/author-error.ts";
import { displayPath } from "../lib/build/display-path.ts";
import { frontmatterProblems } from "./lesson-schema.ts";

/**
 * Lessons are the `index.mdx` files one folder below `base`; a lesson's id is
 * its folder name. Frontmatter is checked here first so that a mistake reads
 * `content/lessons/x/index.mdx:4: minutes: expected a number, got "ten"`,
 * once per field, instead of Astro's generic schema error. A build stops on
 * it; `astro dev` logs it and keeps the lesson with the faulty fields left
 * out, so the server stays up and the lesson's page shows the mistake in the
 * error overlay (see src/lib/mdx/lesson-transform.ts).
 */
export function lessonLoader(base: string): Loader {
  const inner = glob({
    pattern: "*/index.mdx",
    base,
    generateId: ({ entry }) => entry.split("/")[0] ?? entry,
  });
  return {
    name: "looplab-lessons",
    load: async (context) => {
      // Astro keeps entries between builds and reuses one whose id and text
      // are unchanged, even from another course folder (LOOPLAB_CONTENT_DIR).
      const folder = resolve(base);
      if (context.meta.get("folder") !== folder) {
        context.store.clear();
        context.meta.set("folder", folder);
      }
      await inner.load({ ...context, parseData: checkedParse(context) });
    },
  };
}

function checkedParse(context: LoaderContext): LoaderContext["parseData"] {
  return async (props) => {
    const problems = frontmatterProblems(props.data);
    if (!problems.length || !props.filePath) return context.parseData(props);
    const text = readFileSync(props.filePath, "utf8");
    const file = displayPath(props.filePath);
    const keys = problems.map((p) => p.field.split(/[.[]/)[0] ?? "");
    const error = new AuthorError(
      problems.map((p, i) => located(file, keyLine(text, keys[i] ?? ""), p.field, p.message)),
    );
    if (!context.watcher) throw error;
    context.logger.error(error.message);
    const data: Record<string, unknown> = { ...props.data };
    for (const key of keys) delete data[key];
    data["title"] ??= props.id;
    data["summary"] ??= "(this lesson's frontmatter has mistakes)";
    return context.parseData({ ...props, data: data as typeof props.data });
  };
}
