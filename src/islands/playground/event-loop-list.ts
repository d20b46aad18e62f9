import type { LoopRun, LoopStep } from "../../runtime/index.ts";
import { el } from "./event-loop-dom.ts";

/** Up to this many steps, every step is a list item; beyond, a window around the current one. */
export const FULL_LIST_MAX = 1000;
/** Items rendered at once beyond FULL_LIST_MAX. */
const WINDOW = 200;
/** Output lines shown per step in the list (the detail panel shows them all). */
const LINES_SHOWN = 3;

/**
 * The step list: one list item per step, in the order the steps ran, saying the step's kind,
 * what ran, its line and the output it produced, so a screen reader can walk the run. Long
 * runs render a window of items around the current step; each item still says its position
 * (aria-posinset / aria-setsize), and the controls say "step N of M".
 */
export class StepList {
  #run: LoopRun | undefined;
  #from = 0;
  #to = 0;
  #current = -1;

  constructor(
    private readonly list: HTMLOListElement,
    private readonly note: HTMLElement,
    onPick: (index: number) => void,
  ) {
    list.addEventListener("click", (e) => {
      const item = (e.target as Element).closest<HTMLElement>("li[data-index]");
      if (item) onPick(Number(item.dataset.index));
    });
  }

  set(run: LoopRun): void {
    this.#run = run;
    this.#from = this.#to = 0;
    this.#current = -1;
  }

  /** Marks step `i` as the current one, rendering the window that holds it if needed. */
  show(i: number): void {
    const run = this.#run;
    if (!run) return;
    const n = run.steps.length;
    if (i < this.#from || i >= this.#to || (n > FULL_LIST_MAX && this.#nearEdge(i))) {
      this.#from = n > FULL_LIST_MAX ? Math.max(0, Math.min(i - WINDOW / 2, n - WINDOW)) : 0;
      this.#to = n > FULL_LIST_MAX ? Math.min(n, this.#from + WINDOW) : n;
      this.list.replaceChildren(...run.steps.slice(this.#from, this.#to).map((s) => item(s, n)));
      this.note.hidden = n <= FULL_LIST_MAX;
      this.note.textContent = `Showing steps ${this.#from + 1}–${this.#to} of ${n} around the current one; move with Previous step, Next step or the slider.`;
      this.#current = -1;
    }
    this.#item(this.#current)?.removeAttribute("aria-current");
    const current = this.#item(i);
    current?.setAttribute("aria-current", "step");
    current?.scrollIntoView({ block: "nearest" });
    this.#current = i;
  }

  #nearEdge(i: number): boolean {
    const n = this.#run?.steps.length ?? 0;
    return (i - this.#from < 20 && this.#from > 0) || (this.#to - i < 20 && this.#to < n);
  }

  #item(i: number): HTMLElement | undefined {
    if (i < this.#from || i >= this.#to) return undefined;
    return this.list.children[i - this.#from] as HTMLElement | undefined;
  }
}

function item(step: LoopStep, total: number): HTMLLIElement {
  const lines = step.logs.slice(0, LINES_SHOWN).map((l) => l.text);
  if (step.logs.length > LINES_SHOWN) lines.push(`… ${step.logs.length - LINES_SHOWN} more`);
  return el(
    "li",
    {
      class: "pg-loop-step",
      "data-index": String(step.index),
      "data-kind": step.kind,
      "aria-posinset": String(step.index + 1),
      "aria-setsize": String(total),
    },
    el("span", { class: "pg-loop-n", text: `${step.index + 1}.` }),
    " ",
    el("span", { class: "pg-loop-kind", text: step.kind }),
    step.thread === "main"
      ? undefined
      : el("span", { class: "pg-loop-thread", text: ` on ${step.thread}` }),
    " ",
    el("span", { class: "pg-loop-title", text: step.title }),
    step.line === undefined
      ? undefined
      : el("span", { class: "pg-loop-line", text: ` (line ${step.line})` }),
    lines.length
      ? el("span", { class: "pg-loop-out" }, " — output: ", el("code", { text: lines.join("\n") }))
      : undefined,
  );
}
