import { MODE_LABELS, type Mode, type RunResult } from "../../runtime/index.ts";
import { scoreNumber, scoreOrder } from "./prediction-score.ts";

type Prediction =
  { kind: "wall"; modes: Mode[] } | { kind: "order"; lines: string[] } | { kind: "block" };

interface Committed {
  values: Record<string, number>;
  order: string[];
  /** Runs in the history before the commit: only later runs measure the prediction. */
  after: number;
}

const item = (text: string, close?: boolean) => {
  const li = document.createElement("li");
  li.textContent = text;
  if (close !== undefined) li.dataset.close = String(close);
  return li;
};

/**
 * The "Predict, then run" panel (PredictPanel.astro): the reader arranges or types a guess and
 * commits it, which locks it; each run afterwards shows the measured figures against it.
 */
export class PredictionPanel {
  #committed: Committed | undefined;
  readonly #spec: Prediction;
  readonly #form: HTMLFormElement;
  readonly #result: HTMLElement;

  constructor(
    private readonly box: HTMLElement,
    private readonly playground: HTMLElement,
    private readonly history: () => readonly RunResult[],
  ) {
    this.#spec = JSON.parse(box.dataset.predict ?? "{}") as Prediction;
    this.#form = box.querySelector("form")!;
    this.#result = box.querySelector("[data-predict-result]")!;
    this.#form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (this.#committed) this.reopen();
      else this.commit();
    });
    box.querySelector("[data-order]")?.addEventListener("click", (e) => this.move(e));
  }

  /** Moves a line of the order question up or down, keeping focus on the pressed arrow. */
  private move(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-move]");
    const li = button?.closest("li");
    if (!button || !li || this.#committed) return;
    if (button.dataset.move === "-1") li.previousElementSibling?.before(li);
    else li.nextElementSibling?.after(li);
    button.focus();
  }

  private commit(): void {
    if (!this.#form.reportValidity()) return;
    const data = new FormData(this.#form);
    this.#committed = {
      values: Object.fromEntries([...data].map(([k, v]) => [k, Number(v)])),
      order: [...this.box.querySelectorAll<HTMLElement>("[data-line]")].map(
        (li) => li.dataset.line ?? "",
      ),
      after: this.history().length,
    };
    this.lock(true);
    this.show([item("Committed. Now run it and compare.")]);
  }

  private reopen(): void {
    this.#committed = undefined;
    this.lock(false);
    this.#result.hidden = true;
  }

  private lock(locked: boolean): void {
    for (const el of this.#form.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
      "input, [data-move]",
    ))
      el.disabled = locked;
    const commit = this.#form.querySelector<HTMLButtonElement>("[data-predict-commit]")!;
    commit.textContent = locked ? "Change my prediction" : "Commit my prediction";
  }

  private show(items: HTMLLIElement[]): void {
    const list = document.createElement("ul");
    list.append(...items);
    this.#result.replaceChildren(list);
    this.#result.hidden = false;
  }

  /** After a run or Compare: the committed guess against what was measured so far. */
  update(): void {
    const committed = this.#committed;
    if (!committed) return;
    const runs = this.history().slice(committed.after);
    const spec = this.#spec;
    if (spec.kind === "wall") {
      this.show(
        spec.modes.map((mode) => {
          const run = runs.findLast((r) => r.mode === mode && r.status === "finished");
          const label = MODE_LABELS[mode];
          if (!run) return item(`${label}: not measured yet (run in this mode, or press Compare)`);
          const score = scoreNumber(committed.values[mode] ?? 0, run.wallMs);
          return item(`${label}: ${score.text}`, score.close);
        }),
      );
    } else if (spec.kind === "block") {
      const last = JSON.parse(this.playground.dataset.lastRun ?? "{}") as { blockedMs?: number };
      if (last.blockedMs === undefined || !runs.length) return;
      const score = scoreNumber(committed.values["block"] ?? 0, last.blockedMs);
      this.show([item(`Longest block: ${score.text}`, score.close)]);
    } else {
      if (!runs.length) return;
      const output = [...this.playground.querySelectorAll(".pg-line:not(.pg-system) .pg-text")].map(
        (el) => el.textContent ?? "",
      );
      const score = scoreOrder(committed.order, output);
      const printed = score.printed.map((l) => `“${l}”`).join(", ");
      const missing = score.missing.length
        ? `; never printed: ${score.missing.map((l) => `“${l}”`).join(", ")}`
        : "";
      this.show([
        item(
          score.right
            ? `Right order: ${printed}`
            : `Printed in this order: ${printed}${missing} (${score.inPlace} of ${committed.order.length} where you put them)`,
          score.right,
        ),
      ]);
    }
  }
}
