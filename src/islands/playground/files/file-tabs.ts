import { tabAfterKey } from "./tab-keys.ts";

/**
 * Turns a multi-file playground's file sections (each readable without JS, under its name)
 * into ARIA tabs: a tablist of one tab per file, named by the file, each controlling its
 * section as a tabpanel; one tab in the Tab order (roving tabindex), keys as in tab-keys.ts.
 */
export class FileTabs {
  #selected = 0;
  readonly #tabs: HTMLButtonElement[];
  readonly #panels: HTMLElement[];

  constructor(
    box: HTMLElement,
    label: string,
    private readonly onSelect: (index: number, fromPanel: boolean) => void,
  ) {
    this.#panels = [...box.querySelectorAll<HTMLElement>(":scope > [data-file]")];
    const list = document.createElement("div");
    list.className = "pg-tabs";
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", label);
    this.#tabs = this.#panels.map((panel, i) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.id = `${panel.id}-tab`;
      tab.textContent = panel.dataset.file ?? "";
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", panel.id);
      tab.addEventListener("click", () => this.select(i));
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      // The tab names the file now.
      panel.querySelector(".pg-file-name")?.setAttribute("hidden", "");
      return tab;
    });
    list.append(...this.#tabs);
    box.prepend(list);
    // Capture: Ctrl+PageUp/PageDown must reach here before Monaco acts on them.
    box.addEventListener(
      "keydown",
      (event) => {
        const onTab = this.#tabs.includes(event.target as HTMLButtonElement);
        const next = tabAfterKey(event, this.#selected, this.#tabs.length, onTab);
        if (next === undefined) return;
        event.preventDefault();
        event.stopPropagation();
        this.select(next, !onTab);
      },
      true,
    );
    this.show(0);
  }

  get selected(): number {
    return this.#selected;
  }

  /** Shows tab `index`; from a tab or a click, focus goes to the tab, as the pattern has it. */
  select(index: number, fromPanel = false): void {
    if (index !== this.#selected) {
      this.show(index);
      this.onSelect(index, fromPanel);
    }
    if (!fromPanel) this.#tabs[index]?.focus();
  }

  private show(index: number): void {
    this.#selected = index;
    this.#tabs.forEach((tab, i) => {
      tab.setAttribute("aria-selected", String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
    });
    this.#panels.forEach((panel, i) => (panel.hidden = i !== index));
  }
}
