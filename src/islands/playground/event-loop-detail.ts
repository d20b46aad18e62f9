import type { LoopRun, QueueEntry } from "../../runtime/index.ts";
import { el, ms } from "./event-loop-dom.ts";

const STATE_WORDS: Record<QueueEntry["state"], string> = {
  queued: "queued",
  maybe: "queued, or waiting for its promise to settle",
  waiting: "timer not due yet",
  due: "due, waits for the thread",
  working: "working",
};

/**
 * The whiteboard at the current step, in words: what ran and printed, the frames on the
 * call stack, what waits in the microtask and task queues once the step is over, what the
 * step handed to the event loop, and the rendering updates around it.
 */
export function renderDetail(box: HTMLElement, run: LoopRun, i: number): void {
  const step = run.steps[i]!;
  const d = run.detail(i);
  const section = (title: string, ...children: (Node | undefined)[]) =>
    el("section", { class: "pg-loop-part" }, el("h5", { text: title }), ...children);
  const list = (items: string[], empty: string, ordered = false) =>
    items.length
      ? el(ordered ? "ol" : "ul", {}, ...items.map((t) => el("li", { text: t })))
      : el("p", { class: "pg-loop-empty", text: empty });
  const queue = (entries: QueueEntry[], more: number, empty: string) => {
    if (!entries.length) return el("p", { class: "pg-loop-empty", text: empty });
    const ol = el("ol", {});
    for (const e of entries)
      ol.append(
        el(
          "li",
          { "data-state": e.state },
          e.label,
          el("span", { class: "pg-loop-state", text: ` — ${STATE_WORDS[e.state]}` }),
        ),
      );
    if (more) ol.append(el("li", { text: `… and ${more} more` }));
    return ol;
  };
  const render = [
    d.render.before !== undefined ? `last rendering update before it: ${ms(d.render.before)}` : "",
    d.render.after !== undefined ? `next rendering update: ${ms(d.render.after)}` : "",
  ].filter(Boolean);

  box.replaceChildren(
    el(
      "p",
      { class: "pg-loop-heading" },
      el("span", { class: "pg-loop-kind", "data-kind": step.kind, text: step.kind }),
      step.thread === "main" ? "" : ` on ${step.thread}`,
      ` at ${ms(step.t)}: `,
      el("strong", { text: step.title }),
      step.line === undefined ? "" : ` (line ${step.line})`,
      step.note ? el("span", { class: "pg-loop-note", text: ` — ${step.note}` }) : undefined,
    ),
    el(
      "div",
      { class: "pg-loop-parts" },
      section(
        "Output",
        step.logs.length
          ? el("pre", { class: "pg-loop-log", text: step.logs.map((l) => l.text).join("\n") })
          : el("p", { class: "pg-loop-empty", text: "none" }),
      ),
      section("Call stack (outermost first)", list(d.stack, "nothing the recorder knows of", true)),
      section(
        step.thread === "main" ? "Microtask queue after it" : "Main thread's microtask queue",
        queue(
          d.microtasks,
          d.moreMicrotasks,
          "empty: the event loop moves on to the next task or rendering",
        ),
      ),
      section("Task queue after it", queue(d.tasks, 0, "empty")),
      section("Handed to the event loop", list(d.effects, "nothing")),
      section("Rendering", list(render, "no rendering update seen around it")),
    ),
  );
}
