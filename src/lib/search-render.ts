import { hitFor, type PagefindPage, type SearchHit } from "./search-results.ts";

/** A result: the lesson, the section, and the whole words around the match (text, never HTML). */
function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = hit.url;
  const title = document.createElement("strong");
  title.textContent = hit.title;
  link.append(title);
  if (hit.section) {
    const section = document.createElement("span");
    section.className = "site-search__section";
    section.textContent = hit.section;
    link.append(section);
  }
  const snippet = document.createElement("p");
  if (hit.cutStart) snippet.append("… ");
  hit.words.forEach((word, i) => {
    if (i > 0) snippet.append(" ");
    snippet.append(
      word.mark
        ? Object.assign(document.createElement("mark"), { textContent: word.text })
        : word.text,
    );
  });
  if (hit.cutEnd) snippet.append(" …");
  link.append(snippet);
  item.append(link);
  return item;
}

/** The result list: one link per page, to its best matching section. */
export function renderHits(pages: readonly PagefindPage[]): HTMLUListElement {
  const list = document.createElement("ul");
  list.append(...pages.map((page) => renderHit(hitFor(page))));
  return list;
}
