import type { RunResult } from "../../runtime/index.ts";
import { compareRows, formatMs, formatSpeedup } from "./stats.ts";

function cell(tag: "td" | "th", text: string): HTMLTableCellElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** The Compare result: a table (mode, workers, wall, speedup) and a bar per mode. */
export function renderCompare(root: HTMLElement, runs: readonly RunResult[], cores: number): void {
  const rows = compareRows(runs);
  const table = document.createElement("table");
  table.className = "pg-compare-table";
  const caption = document.createElement("caption");
  caption.textContent = `Same code, once per mode (${cores} core${cores === 1 ? "" : "s"}, isolation ${self.crossOriginIsolated ? "on" : "off"})`;
  const head = document.createElement("tr");
  head.append(...["Run on", "Workers", "Wall time", "Speedup vs serial"].map((h) => cell("th", h)));
  table.append(caption, head);
  const longest = Math.max(1, ...rows.map((r) => r.wallMs));
  for (const [i, row] of rows.entries()) {
    const tr = document.createElement("tr");
    tr.dataset.mode = row.mode;
    // A run the reader stopped did not fail.
    const ended = runs[i]?.status === "cancelled" ? "stopped after" : "failed after";
    const wall = cell("td", row.ok ? formatMs(row.wallMs) : `${ended} ${formatMs(row.wallMs)}`);
    const bar = document.createElement("span");
    bar.className = "pg-compare-bar";
    bar.style.width = `${((row.wallMs / longest) * 100).toFixed(1)}%`;
    bar.setAttribute("aria-hidden", "true");
    wall.append(bar);
    tr.append(
      cell("th", row.label),
      cell("td", row.workers === undefined ? "—" : String(row.workers)),
      wall,
      cell("td", formatSpeedup(row.speedup)),
    );
    table.append(tr);
  }
  root.replaceChildren(table);
  root.hidden = false;
}
