import type { TaskTrace } from "../../runtime/index.ts";
import { axisTicks, layoutTimeline } from "./timeline-layout.ts";
import { formatMs } from "./stats.ts";

const SVG = "http://www.w3.org/2000/svg";
const ROW_H = 14;
const LANE_GAP = 6;
const HEAD_H = 16;
const AXIS_H = 18;
const LABEL_W = 72;
const WIDTH = 640;
/**
 * A live redraw costs the page a frame (style, layout, paint and a compositor frame), on top
 * of its own JS: ten a second, with the meter's, took a fifth of a core in headless Chromium
 * from the very workers a pool run was timing. Four a second still shows bars grow.
 */
const REDRAW_MS = 250;
/**
 * A live redraw waits at least this many times as long as the last one took, so drawing
 * never takes more than about a twentieth of the main thread, which also dispatches the
 * pool's tasks: with a thousand bars a redraw takes tens of ms, and redrawing ten times
 * a second slowed the very runs it showed several-fold.
 */
const REDRAW_COST_FACTOR = 20;

/** One run as the timeline draws it. */
export interface TimelineRun {
  /** Heading over the run's lanes (Compare labels each mode). */
  label?: string;
  tasks: TaskTrace[];
  lanes: string[];
  wallMs: number;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "4 workers on 2 cores": more workers than cores means each bar takes longer. */
function threadsLine(lanes: readonly string[], cores: number): string {
  const workers = lanes.filter((l) => l !== "main").length;
  const on = `${cores} core${cores === 1 ? "" : "s"}`;
  return workers ? `${workers} worker${workers === 1 ? "" : "s"} on ${on}` : `main thread · ${on}`;
}

/**
 * Draws tasks as bars, one lane per thread, on a time axis: solid while a task's own code
 * ran, hollow while it waited. Live runs redraw at most four times a second.
 */
export class TimelineView {
  #tasks = new Map<string, TaskTrace>();
  #lanes: string[] = [];
  #startedAt = 0;
  /** When the last live redraw began (the live clock's time), ms. */
  #drawnAt = -Infinity;
  #finishedAt: number | undefined;
  /** How long the last live redraw took, ms. */
  #drawMs = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly caption: HTMLElement,
    private readonly cores: number,
  ) {}

  reset(lanes: string[]): void {
    this.#tasks.clear();
    this.#lanes = lanes;
    this.#startedAt = performance.now();
    this.#finishedAt = undefined;
    this.#drawMs = 0;
    this.#drawnAt = -Infinity;
    (this.root.closest("figure") ?? this.root).hidden = false;
  }

  update(task: TaskTrace): void {
    this.#tasks.set(`${task.group}:${task.index}`, task);
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

  /** The finished run, to draw again beside others. */
  snapshot(label?: string): TimelineRun {
    return {
      ...(label ? { label } : {}),
      tasks: this.tasks,
      lanes: this.#lanes,
      wallMs: this.#finishedAt ?? 0,
    };
  }

  /** Several runs stacked on one shared time axis (Compare). */
  showRuns(runs: readonly TimelineRun[], summary: string): void {
    (this.root.closest("figure") ?? this.root).hidden = false;
    this.caption.textContent = summary;
    this.render(runs, Math.max(1, ...runs.map((r) => r.wallMs)));
  }

  /**
   * A live redraw, on a tick of the playground's live clock (`now`, ms): about four times a
   * second while a run is live, less often when drawing is costly; smooth enough to see bars
   * grow, cheap enough not to slow the run it shows. The clock is the meter's, so that both
   * redraw in the same frame.
   */
  tick(now: number): void {
    if (this.#finishedAt !== undefined) return;
    if (now - this.#drawnAt < Math.max(REDRAW_MS, REDRAW_COST_FACTOR * this.#drawMs)) return;
    this.#drawnAt = now;
    const t0 = performance.now();
    this.draw();
    this.#drawMs = performance.now() - t0;
  }

  private draw(): void {
    const now = this.#finishedAt ?? performance.now() - this.#startedAt;
    this.render([{ tasks: this.tasks, lanes: this.#lanes, wallMs: now }]);
  }

  private render(runs: readonly TimelineRun[], span?: number): void {
    const svg = el("svg", {
      role: "group",
      "aria-label": "Timeline of tasks per thread",
      class: "pg-timeline-svg",
    });
    let y = 0;
    let drawnSpan = 1;
    for (const run of runs) {
      const layout = layoutTimeline(run.tasks, run.lanes, run.wallMs, WIDTH - LABEL_W, span);
      drawnSpan = layout.span;
      const head = `${run.label ? `${run.label} · ` : ""}${threadsLine(
        layout.lanes.map((l) => l.name),
        this.cores,
      )}`;
      svg.append(el("text", { x: 0, y: y + HEAD_H - 5, class: "pg-run-label" }, head));
      y += HEAD_H;
      const laneY: number[] = [];
      for (const lane of layout.lanes) {
        laneY.push(y);
        svg.append(
          el("rect", { x: 0, y, width: WIDTH, height: lane.rows * ROW_H, class: "pg-lane" }),
          el("text", { x: 4, y: y + ROW_H - 3, class: "pg-lane-label" }, lane.name),
        );
        y += lane.rows * ROW_H + LANE_GAP;
      }
      for (const bar of layout.bars) svg.append(this.bar(bar, laneY[bar.lane] ?? 0, run.wallMs));
    }
    this.axis(svg, y, drawnSpan);
    svg.setAttribute("viewBox", `0 0 ${WIDTH} ${y + AXIS_H}`);
    this.root.replaceChildren(svg);
  }

  private bar(
    bar: ReturnType<typeof layoutTimeline>["bars"][number],
    laneTop: number,
    now: number,
  ): SVGGElement {
    const { task } = bar;
    const done = task.state === "done";
    const duration = (done ? task.end : now) - task.start;
    const computed = done ? task.syncEnd - task.start : duration;
    const top = laneTop + bar.row * ROW_H + 1;
    const state = done ? (task.ok ? "" : " pg-bar-failed") : " pg-bar-running";
    // Group 0 holds the messages a reader's own worker handled (a multi-file program).
    const what = task.group === 0 ? "A message handled" : `Task ${task.index + 1}`;
    const label =
      `${what} on ${task.lane}: started at ${formatMs(task.start)}, ` +
      `took ${formatMs(duration)}` +
      (done && duration - computed >= 1 ? `, of which ${formatMs(computed)} computing` : "");
    const group = el("g", {
      tabindex: 0,
      role: "img",
      "aria-label": label,
      class: `pg-bar${state}`,
    });
    const x = LABEL_W + bar.x;
    group.append(
      el("rect", { x, y: top, width: bar.width, height: ROW_H - 2, rx: 2, class: "pg-bar-wait" }),
      el("rect", { x, y: top, width: bar.busy, height: ROW_H - 2, rx: 2, class: "pg-bar-busy" }),
      el("title", {}, label),
    );
    return group;
  }

  private axis(svg: SVGSVGElement, y: number, span: number): void {
    const width = WIDTH - LABEL_W;
    for (const tick of axisTicks(span, width)) {
      const x = LABEL_W + tick.x;
      svg.append(
        el("line", { x1: x, x2: x, y1: 0, y2: y, class: "pg-tick" }),
        el("text", { x, y: y + 11, class: "pg-axis", "text-anchor": "middle" }, formatMs(tick.ms)),
      );
    }
  }
}
