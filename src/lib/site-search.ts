import type { PagefindPage } from "./search-results.ts";

interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<PagefindPage> }[] } | null>;
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
        const links = () => [...results.querySelectorAll<HTMLAnchorElement>("a")];
        const close = () => (results.hidden = true);
        form.addEventListener("submit", (event) => {
          event.preventDefault();
          links()[0]?.click();
        });
        // Load the index only when the reader reaches for search.
        input.addEventListener("focus", () => void this.load(), { once: true });
        input.addEventListener("input", () => void this.search(input.value, results));
        // Words typed before this script arrived are searched now, not lost.
        if (input.value.trim()) void this.search(input.value, results);
        // Arrow keys walk from the box through the results and back, as in a menu.
        this.addEventListener("keydown", (event) => {
          const all = links();
          const at = all.indexOf(document.activeElement as HTMLAnchorElement);
          const go = (i: number) => {
            event.preventDefault();
            if (i < 0) input.focus();
            else all[Math.min(i, all.length - 1)]?.focus();
          };
          if (event.key === "Escape") {
            close();
            input.focus();
          } else if (event.key === "ArrowDown" && !results.hidden) go(at + 1);
          else if (event.key === "ArrowUp" && at >= 0) go(at - 1);
          else if (event.key === "Home" && at >= 0) go(0);
          else if (event.key === "End" && at >= 0) go(all.length - 1);
        });
        // Leaving search (a click or focus elsewhere) closes the results.
        document.addEventListener("pointerdown", (e) => {
          if (!this.contains(e.target as Node)) close();
        });
        this.addEventListener("focusout", (e) => {
          if (!this.contains(e.relatedTarget as Node | null)) close();
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
        const status = this.querySelector("[data-search-status]");
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
        const [pages, { renderHits }] = await Promise.all([
          Promise.all(found.results.slice(0, 8).map((r) => r.data())),
          // Loaded with the first results, not with every page.
          import("./search-render.ts"),
        ]);
        results.replaceChildren(renderHits(pages));
        if (!pages.length) results.textContent = `No lesson mentions “${query}”.`;
        results.hidden = false;
        if (status)
          status.textContent = pages.length
            ? `${pages.length} result${pages.length === 1 ? "" : "s"}; arrow keys move through them`
            : `No lesson mentions ${query}`;
      }
    },
  );
}
