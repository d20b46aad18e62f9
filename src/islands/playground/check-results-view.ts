import type { CheckResult, Verdict } from "../../exercise/check-kit.ts";

/** How each check's result reads; the verdict leads the list. */
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
