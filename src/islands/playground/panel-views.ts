import type { CheckResult, Verdict } from "../../exercise/check-kit.ts";
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

const MARKS = {
  passed: "✓ passed",
  failed: "✗ failed",
  skipped: "– skipped",
  inconclusive: "? inconclusive",
} as const;

const VERDICTS: Record<Verdict, string> = {
  passed: "All checks passed. Well done!",
  failed: "Not yet: see the failed checks.",
  inconclusive:
    "Nothing failed, but this machine was too busy to time your code: check again when it is quieter.",
};

/** An exercise's verdict, then one line per check. */
export function renderChecks(list: HTMLElement, results: readonly CheckResult[], verdict: Verdict) {
  const items = results.map((r) => {
    const li = document.createElement("li");
    li.dataset.status = r.status;
    const status = document.createElement("strong");
    status.textContent = MARKS[r.status];
    li.append(status, ` ${r.name}${r.message ? ` — ${r.message}` : ""}`);
    return li;
  });
  const head = document.createElement("li");
  head.className = "pg-checks-verdict";
  head.dataset.status = verdict;
  head.textContent = VERDICTS[verdict];
  list.replaceChildren(head, ...items);
  list.hidden = false;
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
