/**
 * Shows whether the main thread is free during a run: the longest stretch it could not take
 * a task, and a dot that moves whenever it gets one (it stops when the thread is blocked,
 * unlike a CSS animation, which the compositor keeps running).
 *
 * A timer asks for a turn every TICK_MS; the gap between two turns, less the wait asked
 * for, is how long the thread was busy with something else. An animation-frame loop would
 * measure much the same, but asking for a frame on every vsync makes the browser run its
 * rendering steps sixty times a second: on lesson 5's page in headless Chromium, turning the
 * meter off saved 50–150 ms of the browser's CPU per 1.2 s pool run, taken from the reader's
 * own workers, a cost a timer does not have. Browsers throttle timers in background tabs, so
 * time spent hidden is not counted.
 *
 * The dot and the figure are drawn at most every DRAW_EVERY_MS: every redraw costs the page
 * a frame. The meter's clock is the playground's live clock: what else redraws during a run
 * (the timeline) draws on its ticks, in the same frame.
 */
const TICK_MS = 16;
const DRAW_EVERY_MS = 250;

export class ResponsivenessMeter {
  #timer = 0;
  #last = 0;
  #longest = 0;
  #running = false;
  /** Set when the tab was hidden since the last turn: that gap is not a block. */
  #wasHidden = false;
  #drawn = -Infinity;
  #shown = "";
  readonly #reduced = matchMedia("(prefers-reduced-motion: reduce)").matches;

  constructor(
    private readonly dot: HTMLElement,
    private readonly figure: HTMLElement,
    /** Called on every tick that draws, with its time. */
    private readonly onDraw: (now: number) => void = () => {},
  ) {
    document.addEventListener("visibilitychange", () => {
      if (document.hidden) this.#wasHidden = true;
    });
  }

  start(): void {
    clearTimeout(this.#timer);
    this.#running = true;
    this.#wasHidden = document.hidden;
    this.#longest = 0;
    this.#last = performance.now();
    this.#drawn = -Infinity;
    this.#show("main thread blocked: longest 0 ms");
    this.#timer = window.setTimeout(() => this.tick(performance.now()), TICK_MS);
  }

  /** Longest block seen, in ms. */
  stop(): number {
    clearTimeout(this.#timer);
    this.#drawn = -Infinity;
    // The stretch since the last turn counts too: a run that blocked to its very end.
    this.tick(performance.now(), false);
    this.#running = false;
    return this.#longest;
  }

  /** Text changes cost a layout: only when the figure does. */
  #show(text: string): void {
    if (text === this.#shown) return;
    this.#shown = text;
    this.figure.textContent = text;
  }

  private tick(now: number, scheduled = true): void {
    if (!this.#running) return;
    const blocked = now - this.#last - (scheduled ? TICK_MS : 0);
    this.#last = now;
    if (this.#wasHidden) this.#wasHidden = document.hidden;
    else if (blocked > this.#longest) this.#longest = blocked;
    if (now - this.#drawn >= DRAW_EVERY_MS) {
      this.#drawn = now;
      this.#show(`main thread blocked: longest ${Math.round(this.#longest)} ms`);
      if (!this.#reduced)
        this.dot.style.transform = `translateX(${(Math.floor(now / DRAW_EVERY_MS) * 12.5) % 100}%)`;
      this.onDraw(now);
    }
    if (scheduled) this.#timer = window.setTimeout(() => this.tick(performance.now()), TICK_MS);
  }
}
