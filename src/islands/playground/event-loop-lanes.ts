import type { LoopRun, LoopStep } from "../../runtime/index.ts";
import { el } from "./event-loop-dom.ts";

/** Columns drawn at most: the current step and this many on each side. */
const SIDE = 12;
/** Narrowest column and the label column, in px: the lanes fit their box, never scroll. */
const COLUMN_PX = 40;
const LABEL_PX = 104;
/** Queue entries drawn as chips before the count says the rest. */
const CHIPS = 6;

/**
 * The lanes: one column per step around the current one, one row per place a teacher would
 * point at: the main thread's call stack (what ran), its microtask queue and task queue
 * after each step, the rendering updates between steps, and one row per worker. A picture of
 * the step list and the detail panel, which say the same in words, so it is hidden from
 * assistive technology.
 */
export function renderLanes(
  box: HTMLElement,
  run: LoopRun,
  current: number,
  onPick: (index: number) => void,
): void {
  const n = run.steps.length;
  const fits = Math.floor((box.clientWidth - LABEL_PX) / COLUMN_PX);
  const side = box.clientWidth > 0 ? Math.max(2, Math.min(SIDE, (fits - 1) >> 1)) : SIDE;
  const from = Math.max(0, Math.min(current - side, n - (2 * side + 1)));
  const to = Math.min(n, from + 2 * side + 1);
  const columns = run.steps.slice(from, to);
  const grid = el("div", { class: "pg-loop-grid", "aria-hidden": "true" });
  grid.style.setProperty("--columns", String(columns.length));
  const cell = (step: LoopStep, ...children: (Node | string | undefined)[]) => {
    const c = el("div", { class: "pg-loop-cell", "data-index": String(step.index) }, ...children);
    if (step.index === current) c.classList.add("pg-loop-now-col");
    return c;
  };
  const row = (label: string, cells: HTMLElement[]) =>
    grid.append(el("div", { class: "pg-loop-label", text: label }), ...cells);

  row(
    "Step",
    columns.map((s) => cell(s, String(s.index + 1))),
  );
  row(
    "Call stack",
    columns.map((s) => cell(s, s.thread === "main" ? block(s) : undefined)),
  );
  const sizes = columns.map((s) => run.queueSizes(s.index));
  row(
    "Microtasks",
    columns.map((s, k) => cell(s, chips(sizes[k]!.microtasks, "microtask"))),
  );
  row(
    "Tasks",
    columns.map((s, k) => cell(s, chips(sizes[k]!.tasks, "task"))),
  );
  row(
    "Rendering",
    columns.map((s) => {
      const marks = run.renders.filter((r) => r.after === s.index).length;
      return cell(
        s,
        s.kind === "render" && s.thread === "main" ? block(s) : undefined,
        marks
          ? el("span", {
              class: "pg-loop-frame",
              title: `${marks} rendering update${marks > 1 ? "s" : ""} after this step`,
              text: "◆".repeat(Math.min(marks, 3)),
            })
          : undefined,
      );
    }),
  );
  for (const thread of run.threads.slice(1))
    row(
      thread,
      columns.map((s) => cell(s, s.thread === thread ? block(s) : undefined)),
    );
  grid.addEventListener("click", (e) => {
    const c = (e.target as Element).closest<HTMLElement>("[data-index]");
    if (c) onPick(Number(c.dataset.index));
  });
  box.replaceChildren(grid, legend());
}

/** What the colours and marks of the lanes mean, and what they cannot show. */
function legend(): HTMLElement {
  const kinds = ["script", "task", "microtask", "render"].map((k) =>
    el(
      "span",
      { class: "pg-loop-key" },
      el("span", { class: "pg-loop-chip", "data-kind": k }),
      ` ${k}`,
    ),
  );
  return el(
    "p",
    { class: "pg-loop-legend" },
    ...kinds,
    el(
      "span",
      { class: "pg-loop-key" },
      el("span", { class: "pg-loop-frame", text: "◆" }),
      " a rendering update (when the browser paints is hidden from the page: these are approximate)",
    ),
  );
}

function block(step: LoopStep): HTMLElement {
  return el("span", {
    class: "pg-loop-block",
    "data-kind": step.kind,
    title: step.title,
    text: short(step),
  });
}

function chips(count: number, kind: string): HTMLElement | undefined {
  if (count === 0) return undefined;
  const shown = Math.min(count, CHIPS);
  const box = el("span", { class: "pg-loop-chips", title: `${count} in the ${kind} queue` });
  for (let i = 0; i < shown; i++)
    box.append(el("span", { class: "pg-loop-chip", "data-kind": kind }));
  if (count > shown) box.append(el("span", { class: "pg-loop-more", text: `+${count - shown}` }));
  return box;
}

/** A word for a block: the function that resumed, or what kind of callback ran. */
function short(step: LoopStep): string {
  const t = step.title;
  const resumed = /^resumes (?:the )?(\S+)/.exec(t);
  if (resumed) return resumed[1]!;
  if (t.startsWith("runs the script")) return "script";
  if (t.startsWith("message from")) return "message";
  if (t.startsWith("lab starts")) return "lab";
  if (t.startsWith("timer of")) return /^timer of (\w+)/.exec(t)?.[1] ?? "timer";
  if (t.startsWith("the engine calls then()")) return "then()";
  return t.split(" ")[0] ?? step.kind;
}
