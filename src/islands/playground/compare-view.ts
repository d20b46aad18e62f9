import type { CompareTable } from "./compare-stats.ts";
import { formatMs, formatSpeedup } from "./stats.ts";

function cell(tag: "td" | "th", text: string): HTMLTableCellElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

function range(min: number, max: number): string {
  return `${Math.round(min)}–${Math.round(max)} ms`;
}

/**
 * The Compare result: per mode the median wall time with its spread, the speedup against
 * serial, the ideal for the reader's cores, and how long the main thread was blocked; then
 * notes on any figure that breaks the expected pattern.
 */
export function renderCompare(
  root: HTMLElement,
  table: CompareTable,
  context: { cores: number; rounds: number },
): void {
  const { cores, rounds } = context;
  const el = document.createElement("table");
  el.className = "pg-compare-table";
  const caption = document.createElement("caption");
  caption.textContent = `Same code, ${rounds} run${rounds === 1 ? "" : "s"} per mode after a warm-up (${cores} core${cores === 1 ? "" : "s"}, isolation ${self.crossOriginIsolated ? "on" : "off"})`;
  const head = document.createElement("tr");
  head.append(
    ...[
      "Run on",
      "Workers",
      "Wall time (median, range)",
      "Speedup vs serial",
      "Ideal on your cores",
      "Main thread blocked",
    ].map((h) => cell("th", h)),
  );
  el.append(caption, head);
  const longest = Math.max(1, ...table.rows.map((r) => r.median));
  for (const row of table.rows) {
    const tr = document.createElement("tr");
    tr.dataset.mode = row.mode;
    const wall = cell(
      "td",
      row.failed
        ? row.stopped
          ? "stopped"
          : "did not finish"
        : `${formatMs(row.median)} (${range(row.min, row.max)})`,
    );
    const bar = document.createElement("span");
    bar.className = "pg-compare-bar";
    bar.style.width = `${((row.median / longest) * 100).toFixed(1)}%`;
    bar.setAttribute("aria-hidden", "true");
    if (!row.failed) wall.append(bar);
    const ideal =
      row.ideal === undefined
        ? "—"
        : `${formatSpeedup(row.ideal)}${row.speedup ? ` (${Math.round((row.speedup / row.ideal) * 100)}% of it)` : ""}`;
    tr.append(
      cell("th", row.label),
      cell("td", row.workers === undefined ? "—" : String(row.workers)),
      wall,
      cell("td", formatSpeedup(row.speedup)),
      cell("td", ideal),
      cell("td", `longest ${Math.round(row.blockedMs)} ms`),
    );
    el.append(tr);
  }
  const notes = document.createElement("ul");
  notes.className = "pg-compare-notes";
  notes.append(
    ...table.notes.map((n) => {
      const li = document.createElement("li");
      li.textContent = n;
      return li;
    }),
  );
  root.replaceChildren(el, ...(table.notes.length ? [notes] : []));
  root.hidden = false;
}
