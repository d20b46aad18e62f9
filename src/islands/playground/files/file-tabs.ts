import { tabAfterKey } from "./tab-keys.ts";

/**
 * The ARIA tabs of a multi-file playground's files: the page already has them (a tablist of
 * one tab per file, named by the file, each controlling its section as a tabpanel, shown by
 * the stylesheet when scripts run); this adds what needs a script: selecting by click and by
 * keys (tab-keys.ts), with one tab in the Tab order (roving tabindex).
 */
export class FileTabs {
  #selected = 0;
  readonly #tabs: HTMLButtonElement[];
  readonly #panels: HTMLElement[];

  constructor(
    box: HTMLElement,
    private readonly onSelect: (index: number, fromPanel: boolean) => void,
  ) {
    this.#panels = [...box.querySelectorAll<HTMLElement>(":scope > [data-file]")];
    this.#tabs = [...box.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > *')];
    this.#tabs.forEach((tab, i) => tab.addEventListener("click", () => this.select(i)));
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
    this.#panels.forEach((panel, i) => {
      panel.hidden = i !== index;
      // Until now the stylesheet showed the first file; from now on, `hidden` says.
      delete panel.dataset.later;
    });
  }
}
