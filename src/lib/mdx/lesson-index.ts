import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "astro/markdown";
import GithubSlugger from "github-slugger";
import { codeRegions, inRegions } from "./code-regions.ts";
import { attribute, findTags } from "./jsx-tags.ts";
import type { LinkTarget } from "./lesson-links.ts";

/** Component tags whose `id` is an anchor on the lesson page. */
export const ANCHORED = ["Playground", "Exercise"] as const;

/** Literal ids of a lesson's playgrounds and exercises, in order. */
export function anchorIds(mdx: string): string[] {
  return findTags(mdx, ANCHORED).flatMap((tag) => {
    const id = attribute(tag, "id");
    return id?.kind === "string" ? [id.value] : [];
  });
}

/**
 * The ids Astro gives the lesson's `##`–`####` headings (GitHub-style slugs of their text,
 * numbered when repeated), so links can point at a section too.
 */
export function headingIds(mdx: string): string[] {
  const slugger = new GithubSlugger();
  const skip = codeRegions(mdx);
  return [...mdx.matchAll(/^#{2,4}[ \t]+(.+?)[ \t#]*$/gm)]
    .filter((m) => !inRegions(skip, m.index))
    .map((m) => slugger.slug(plainText(m[1] ?? "")));
}

/** A heading's text as the page shows it: links, code and emphasis marks dropped. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/[`*_~]/g, "");
}

/**
 * Every lesson folder's title, draft flag and anchors, read from disk, for
 * checking links between lessons while one of them compiles. Frontmatter
 * errors are left to the content loader, which reports them properly.
 */
export function indexLessons(lessonsDir: string): Map<string, LinkTarget> {
  const lessons = new Map<string, LinkTarget>();
  if (!existsSync(lessonsDir)) return lessons;
  for (const id of readdirSync(lessonsDir)) {
    const file = join(lessonsDir, id, "index.mdx");
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    let data: Record<string, unknown> = {};
    try {
      data = parseFrontmatter(text).frontmatter;
    } catch {
      // reported by the content loader
    }
    lessons.set(id, {
      title: typeof data["title"] === "string" ? data["title"] : id,
      draft: data["draft"] === true,
      anchors: new Set([...anchorIds(text), ...headingIds(text)]),
    });
  }
  return lessons;
}
