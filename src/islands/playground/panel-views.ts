import type { RunResult } from "../../runtime/index.ts";
import { summaryLine } from "./stats.ts";

/** A message above the code, with an optional action that also closes it. */
export function renderNotice(
  box: HTMLElement,
  text: string,
  kind: string,
  action?: { label: string; run: () => void },
): void {
  box.dataset.kind = kind;
  const message = document.createElement("span");
  message.textContent = text;
  box.replaceChildren(message);
  if (action) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = action.label;
    button.addEventListener("click", () => {
      action.run();
      box.hidden = true;
    });
    box.append(button);
  }
  box.hidden = false;
}

/** This visit's runs of one playground, newest first. */
export function renderHistory(list: HTMLElement, history: readonly RunResult[]): void {
  const items = history.map((r, i) => {
    const li = document.createElement("li");
    li.textContent = `#${i + 1} ${summaryLine(r)}`;
    return li;
  });
  list.replaceChildren(...items.reverse());
}
