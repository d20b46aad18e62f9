import type { TaskTrace } from "../../runtime/index.ts";
import { layoutTimeline } from "./timeline-layout.ts";
import { formatMs } from "./stats.ts";

const SVG = "http://www.w3.org/2000/svg";
const ROW_H = 14;
const LANE_GAP = 6;
const LABEL_W = 72;
const WIDTH = 640;
const REDRAW_MS = 100;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Draws the run's tasks as bars, one lane per thread, redrawn at most once a frame. */
export class TimelineView {
  #tasks = new Map<string, TaskTrace>();
  #lanes: string[] = [];
  #frame = 0;
  #startedAt = 0;
  #finishedAt: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly caption: HTMLElement,
  ) {}

  reset(lanes: string[]): void {
    this.#tasks.clear();
    this.#lanes = lanes;
    this.#startedAt = performance.now();
    this.#finishedAt = undefined;
    (this.root.closest("figure") ?? this.root).hidden = false;
    this.schedule();
  }

  update(task: TaskTrace): void {
    this.#tasks.set(`${task.group}:${task.index}`, task);
    this.schedule();
  }

  finish(wallMs: number, lanes: string[], summary: string): void {
    this.#finishedAt = wallMs;
    this.#lanes = [...new Set([...this.#lanes, ...lanes])];
    this.caption.textContent = summary;
    this.draw();
  }

  get tasks(): TaskTrace[] {
    return [...this.#tasks.values()];
  }

  /**
   * Redraws about ten times a second while a run is live: smooth enough to see
   * bars grow, and cheap enough not to take a core from the workers measured.
   */
  private schedule(): void {
    if (this.#frame) return;
    this.#frame = window.setTimeout(() => {
      this.#frame = 0;
      this.draw();
      if (this.#finishedAt === undefined) this.schedule();
    }, REDRAW_MS);
  }

  private draw(): void {
    const now = this.#finishedAt ?? performance.now() - this.#startedAt;
    const layout = layoutTimeline(this.tasks, this.#lanes, now, WIDTH - LABEL_W);
    let y = 0;
    const laneY = layout.lanes.map((lane) => {
      const top = y;
      y += lane.rows * ROW_H + LANE_GAP;
      return top;
    });
    const svg = el("svg", {
      viewBox: `0 0 ${WIDTH} ${Math.max(y + 16, 30)}`,
      role: "group",
      "aria-label": "Timeline of tasks per thread",
      class: "pg-timeline-svg",
    });
    layout.lanes.forEach((lane, i) => {
      const top = laneY[i] ?? 0;
      svg.append(
        el("rect", { x: 0, y: top, width: WIDTH, height: lane.rows * ROW_H, class: "pg-lane" }),
      );
      const label = el("text", { x: 4, y: top + ROW_H - 3, class: "pg-lane-label" });
      label.textContent = lane.name;
      svg.append(label);
    });
    for (const bar of layout.bars) {
      const { task } = bar;
      const done = task.state === "done";
      const duration = (done ? task.end : now) - task.start;
      const rect = el("rect", {
        x: LABEL_W + bar.x,
        y: (laneY[bar.lane] ?? 0) + bar.row * ROW_H + 1,
        width: bar.width,
        height: ROW_H - 2,
        rx: 2,
        tabindex: 0,
        class: `pg-bar${done && !task.ok ? " pg-bar-failed" : ""}${done ? "" : " pg-bar-running"}`,
        "aria-label": `Task ${task.index} on ${task.lane}: started at ${formatMs(task.start)}, took ${formatMs(duration)}`,
      });
      const title = el("title", {});
      title.textContent = `task ${task.index} · ${task.lane} · start ${formatMs(task.start)} · ${formatMs(duration)}`;
      rect.append(title);
      svg.append(rect);
    }
    const axis = el("text", { x: WIDTH - 4, y: y + 10, class: "pg-axis", "text-anchor": "end" });
    axis.textContent = formatMs(layout.span);
    svg.append(axis);
    this.root.replaceChildren(svg);
  }
}
