interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(
    query: string,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Builds the result list from pagefind's excerpts, keeping only <mark>. */
function renderResult(data: PagefindResultData): HTMLAnchorElement {
  const link = document.createElement("a");
  link.href = data.url;
  const title = document.createElement("strong");
  title.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement("p");
  for (const [i, part] of data.excerpt.split(/<\/?mark>/).entries()) {
    const text = document.createTextNode(part.replace(/<[^>]*>/g, ""));
    if (i % 2 === 1)
      excerpt.append(Object.assign(document.createElement("mark"), { textContent: text.data }));
    else excerpt.append(text);
  }
  link.append(title, excerpt);
  return link;
}

export function defineSiteSearch(base: string): void {
  if (customElements.get("site-search")) return;
  customElements.define(
    "site-search",
    class extends HTMLElement {
      #pagefind: Promise<Pagefind> | undefined;

      connectedCallback() {
        const input = this.querySelector("input");
        const results = this.querySelector<HTMLElement>(".site-search__results");
        const form = this.querySelector("form");
        if (!input || !results || !form) return;
        form.addEventListener("submit", (event) => event.preventDefault());
        // Load the index only when the reader reaches for search.
        input.addEventListener("focus", () => void this.load(), { once: true });
        input.addEventListener("input", () => void this.search(input.value, results));
        this.addEventListener("keydown", (event) => {
          if (event.key === "Escape") {
            results.hidden = true;
            input.focus();
          }
        });
      }

      load(): Promise<Pagefind> {
        const url = `${base.replace(/\/?$/, "/")}pagefind/pagefind.js`;
        this.#pagefind ??= import(/* @vite-ignore */ url).then(async (mod: Pagefind) => {
          await mod.init();
          return mod;
        });
        return this.#pagefind;
      }

      async search(query: string, results: HTMLElement) {
        if (!query.trim()) {
          results.hidden = true;
          return;
        }
        let found;
        try {
          found = await (await this.load()).debouncedSearch(query);
        } catch {
          results.hidden = false;
          results.textContent = "Search is available on the built site (npm start).";
          return;
        }
        if (!found) return; // superseded by a newer keystroke
        const top = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
        results.replaceChildren(...top.map(renderResult));
        if (!top.length) results.textContent = `No lesson mentions “${query}”.`;
        results.hidden = false;
      }
    },
  );
}
