import type { LoopRun, RunResult } from "../../runtime/index.ts";
import { renderDetail } from "./event-loop-detail.ts";
import { el, ms } from "./event-loop-dom.ts";
import { renderLanes } from "./event-loop-lanes.ts";
import { StepList } from "./event-loop-list.ts";

/** What the view needs from the playground: the code panel's line highlight. */
export interface EventLoopHooks {
  highlight(line: number | undefined): void;
}

/** How long Play shows each step. */
const PLAY_MS = 800;

let views = 0;

/**
 * The "Event loop" region of a playground: a recorded run as lanes, a step list and the
 * whiteboard at the current step, with Previous step / Next step / Play, a slider and the
 * arrow keys to move, and the current step's line highlighted in the code. Loaded on the
 * first press of the toggle.
 */
export class EventLoopView {
  #run: LoopRun | undefined;
  #current = 0;
  #timer = 0;
  readonly #status: HTMLElement;
  readonly #body: HTMLElement;
  readonly #summary = el("p", { class: "pg-loop-summary" });
  readonly #notes = el("ul", {});
  readonly #cap = el("p", { class: "pg-loop-cap", role: "note", hidden: "" });
  readonly #prev = el("button", { type: "button", text: "Previous step" });
  readonly #next = el("button", { type: "button", text: "Next step" });
  readonly #play = el("button", { type: "button", "aria-pressed": "false", text: "Play" });
  readonly #slider = el("input", { type: "range", min: "1", max: "1", value: "1" });
  readonly #position = el("span", { class: "pg-loop-position", "aria-live": "polite" });
  readonly #lanes = el("div", { class: "pg-loop-lanes" });
  readonly #detail = el("div", { class: "pg-loop-detail" });
  readonly #list: StepList;

  constructor(
    region: HTMLElement,
    private readonly hooks: EventLoopHooks,
  ) {
    const id = `pg-loop-${++views}`;
    region.setAttribute("role", "region");
    region.setAttribute("aria-labelledby", id);
    this.#status = el("p", {
      class: "pg-loop-status",
      text: "Press Run: the run is recorded, then you can step through it.",
    });
    this.#slider.setAttribute("aria-label", "Step");
    // Focusable: it scrolls, and the arrow keys step through the run from it too.
    const steps = el("ol", {
      class: "pg-loop-steps",
      role: "list",
      "aria-label": "Steps of the run",
      tabindex: "0",
    });
    const windowNote = el("p", { class: "pg-loop-window", hidden: "" });
    this.#list = new StepList(steps, windowNote, (i) => this.go(i));
    this.#body = el(
      "div",
      { hidden: "" },
      this.#summary,
      this.#cap,
      el(
        "details",
        { class: "pg-loop-notes" },
        el("summary", { text: "What this view can and cannot see" }),
        this.#notes,
      ),
      el(
        "div",
        { class: "pg-loop-controls", role: "group", "aria-label": "Step through the run" },
        this.#prev,
        this.#play,
        this.#next,
        this.#slider,
        this.#position,
      ),
      this.#lanes,
      this.#detail,
      el("h5", { class: "pg-loop-steps-title", text: "Steps" }),
      windowNote,
      steps,
    );
    region.replaceChildren(
      el("h4", { id, class: "pg-loop-title", text: "Event loop" }),
      this.#status,
      this.#body,
    );
    this.#prev.addEventListener("click", () => this.go(this.#current - 1));
    this.#next.addEventListener("click", () => this.go(this.#current + 1));
    this.#play.addEventListener("click", () => this.#toggleplay());
    this.#slider.addEventListener("input", () => this.go(Number(this.#slider.value) - 1));
    region.addEventListener("keydown", (e) => this.#key(e));
  }

  /** The toggle was turned on: highlight the current step again, if there is a run. */
  shown(): void {
    if (this.#run) this.go(this.#current);
  }

  recording(): void {
    this.#stopPlay();
    this.#status.textContent = "Recording this run…";
  }

  message(text: string): void {
    this.#status.textContent = text;
  }

  show(run: LoopRun, result: RunResult): void {
    this.#run = run;
    this.#list.set(run);
    const steps = run.steps.length;
    const how =
      result.status === "failed"
        ? ` It failed: ${result.error.message}.`
        : result.status === "cancelled"
          ? " It was stopped."
          : "";
    this.#status.textContent = steps
      ? `Recorded ${steps} step${steps === 1 ? "" : "s"} in ${ms(result.wallMs)}.${how}`
      : `Nothing was recorded.${how}`;
    const threads =
      run.threads.length > 1 ? ` on ${run.threads.join(", ")}` : " on the main thread";
    this.#summary.textContent = `${steps} steps${threads}; ${run.events.toLocaleString("en")} events recorded.`;
    this.#notes.replaceChildren(...run.notes.map((n) => el("li", { text: n })));
    this.#cap.hidden = !run.capped;
    this.#cap.textContent = run.capped ?? "";
    this.#slider.max = String(Math.max(steps, 1));
    this.#body.hidden = steps === 0;
    if (steps) this.go(0);
  }

  go(i: number): void {
    const run = this.#run;
    if (!run || run.steps.length === 0) return;
    const n = run.steps.length;
    const index = Math.max(0, Math.min(n - 1, i));
    this.#current = index;
    const step = run.steps[index]!;
    this.#slider.value = String(index + 1);
    this.#slider.setAttribute(
      "aria-valuetext",
      `Step ${index + 1} of ${n}: ${step.kind}, ${step.title}`,
    );
    this.#position.textContent = `Step ${index + 1} of ${n}`;
    this.#prev.disabled = index === 0;
    this.#next.disabled = index === n - 1;
    renderLanes(this.#lanes, run, index, (k) => this.go(k));
    renderDetail(this.#detail, run, index);
    this.#list.show(index);
    this.hooks.highlight(step.line);
    if (index === n - 1) this.#stopPlay();
  }

  #key(e: KeyboardEvent): void {
    if (e.target === this.#slider || e.altKey || e.ctrlKey || e.metaKey) return;
    const moves: Record<string, number | undefined> = {
      ArrowLeft: this.#current - 1,
      ArrowUp: this.#current - 1,
      ArrowRight: this.#current + 1,
      ArrowDown: this.#current + 1,
      Home: 0,
      End: Infinity,
    };
    const to = moves[e.key];
    if (to === undefined || !this.#run) return;
    e.preventDefault();
    this.#stopPlay();
    this.go(to);
  }

  #toggleplay(): void {
    if (this.#timer) return this.#stopPlay();
    if (!this.#run) return;
    if (this.#current >= this.#run.steps.length - 1) this.go(0);
    this.#play.setAttribute("aria-pressed", "true");
    this.#timer = window.setInterval(() => this.go(this.#current + 1), PLAY_MS);
  }

  #stopPlay(): void {
    clearInterval(this.#timer);
    this.#timer = 0;
    this.#play.setAttribute("aria-pressed", "false");
  }
}
