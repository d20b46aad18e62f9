import { codeRegions, inRegions, lineAt } from "./code-regions.ts";

/** What a link needs to know about the lesson it points to. */
export interface LinkTarget {
  title: string;
  draft: boolean;
  /** Ids of the lesson's playgrounds and exercises: the anchors a link may name. */
  anchors: ReadonlySet<string>;
}

export interface LinkContext {
  lessons: ReadonlyMap<string, LinkTarget>;
  /** URL of a lesson under the site's base path. */
  href: (id: string) => string;
  /** Whether this build includes drafts (dev, or the content check). */
  drafts: boolean;
}

export interface LinkProblem {
  line: number;
  link: string;
  message: string;
}

/**
 * Rewrites Markdown links written `[text](lesson:id)` or `[text](lesson:id#anchor)` (a
 * playground's or exercise's id, or a heading's) to the lesson's URL, so a link follows
 * the lesson wherever the course file puts it. Empty text, `[](lesson:id)`,
 * becomes the lesson's title.
 */
export function rewriteLessonLinks(
  source: string,
  context: LinkContext,
): { code: string; problems: LinkProblem[] } {
  const skip = codeRegions(source);
  const problems: LinkProblem[] = [];
  let code = "";
  let last = 0;
  for (const match of source.matchAll(/\]\(\s*lesson:([^)\s#]*)(?:#([^)\s]*))?\s*\)/g)) {
    if (inRegions(skip, match.index)) continue;
    const [whole, id = "", anchor] = match;
    const link = whole.slice(2, -1).trim();
    const problem = (message: string) =>
      problems.push({ line: lineAt(source, match.index), link, message });
    const target = context.lessons.get(id);
    if (!id) problem("name a lesson, e.g. lesson:event-loop");
    else if (!target) problem(`no lesson "${id}"`);
    else if (target.draft && !context.drafts) {
      problem(`"${id}" is a draft, which the published build leaves out; publish it first`);
    } else if (anchor !== undefined && !target.anchors.has(anchor)) {
      problem(`lesson "${id}" has no heading, playground or exercise with id "${anchor}"`);
    }
    if (!target) continue;
    const text = source[match.index - 1] === "[" ? markdownText(target.title) : "";
    const url = context.href(id) + (anchor ? `#${anchor}` : "");
    code += `${source.slice(last, match.index)}${text}](${url})`;
    last = match.index + whole.length;
  }
  return { code: code + source.slice(last), problems };
}

/** Escapes a title for use as link text in MDX, where `{` and `<` start code. */
function markdownText(title: string): string {
  return title.replace(/[\\`*_[\]{}<>#|!]/g, "\\$&");
}
