import { attribute, findTags } from "./mdx/jsx-tags.ts";

/** A lesson as the navigation needs it: no body, no rendering. */
export interface LessonRef {
  id: string;
  title: string;
  summary: string;
  draft: boolean;
  minutes?: number | undefined;
  /** Ids of the lesson's `<Exercise>`s, for progress in the sidebar. */
  exercises?: string[];
}

/** Exercise ids in a lesson's MDX source, in order of appearance, code samples aside. */
export function exerciseIds(mdx: string): string[] {
  return findTags(mdx, ["Exercise"]).flatMap((tag) => {
    const id = attribute(tag, "id");
    return id?.kind === "string" ? [id.value] : [];
  });
}

export interface Neighbours {
  prev?: LessonRef | undefined;
  next?: LessonRef | undefined;
}

/** Previous and next lesson around `id` in an already ordered course. */
export function neighbours(course: readonly LessonRef[], id: string): Neighbours {
  const index = course.findIndex((lesson) => lesson.id === id);
  if (index === -1) return {};
  return { prev: course[index - 1], next: course[index + 1] };
}

/**
 * URL of a lesson under the site's base path. `base` comes from
 * `import.meta.env.BASE_URL`, with or without a trailing slash.
 */
export function lessonHref(base: string, id: string): string {
  return `${withSlash(base)}lessons/${encodeURIComponent(id)}/`;
}

/** Joins the base path and a site-relative path. */
export function siteHref(base: string, path = ""): string {
  return `${withSlash(base)}${path.replace(/^\/+/, "")}`;
}

function withSlash(base: string): string {
  return base.endsWith("/") ? base : `${base}/`;
}

/** Heading slugs for the table of contents: only h2 and h3. */
export function tocHeadings<T extends { depth: number }>(headings: readonly T[]): T[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}
