/** What pagefind returns for a page (the fields used here). */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
}

/** A result as the search box shows it: where it links and the words around the match. */
export interface SearchHit {
  url: string;
  title: string;
  /** The section heading when the match is in a section, not the page's top. */
  section: string | undefined;
  words: { text: string; mark: boolean }[];
  cutStart: boolean;
  cutEnd: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const decode = (text: string) =>
  text
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
      name.startsWith("#")
        ? String.fromCodePoint(Number(name.replace(/^#x/i, "0x").replace(/^#/, "")))
        : (ENTITIES[name] ?? whole),
    );

/** Pagefind's excerpt HTML (text, `<mark>`, entities) as whole words, each marked or not. */
export function excerptWords(html: string): { text: string; mark: boolean }[] {
  let text = "";
  const marked: [number, number][] = [];
  let inMark = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === "<mark>" || part === "</mark>") {
      inMark = part === "<mark>";
      continue;
    }
    const plain = decode(part);
    if (inMark) marked.push([text.length, text.length + plain.length]);
    text += plain;
  }
  // A word is marked when any of it is: pagefind may mark "GIL" inside "GIL's".
  return [...text.matchAll(/\S+/g)].map((m) => {
    const from = m.index;
    const to = from + m[0].length;
    return { text: m[0], mark: marked.some(([a, b]) => a < to && b > from) };
  });
}

/**
 * The words around the first match, at most `size`, never cutting a word: pagefind's excerpt
 * is itself a window of whole words, so the hit says when it was cut on either side.
 */
export function wordWindow(
  words: SearchHit["words"],
  size = 24,
): Pick<SearchHit, "words" | "cutStart" | "cutEnd"> {
  const first = Math.max(
    0,
    words.findIndex((w) => w.mark),
  );
  const start = Math.max(0, Math.min(first - Math.floor(size / 3), words.length - size));
  const end = Math.min(words.length, start + size);
  return { words: words.slice(start, end), cutStart: start > 0, cutEnd: end < words.length };
}

/**
 * One hit per page, linking to the section with the most matches (pagefind's sub-results,
 * one per heading with an id), or to the page when the matches are above its first heading.
 */
export function hitFor(page: PagefindPage): SearchHit {
  const sections = page.sub_results ?? [];
  const best = sections.reduce<(typeof sections)[number] | undefined>(
    (a, b) => ((b.locations?.length ?? 0) > (a?.locations?.length ?? 0) ? b : a),
    undefined,
  );
  const inSection = best !== undefined && best.url.includes("#");
  const title = page.meta.title ?? page.url;
  return {
    url: best?.url ?? page.url,
    title,
    section: inSection && best.title !== title ? best.title : undefined,
    ...wordWindow(excerptWords(best?.excerpt ?? page.excerpt)),
  };
}
