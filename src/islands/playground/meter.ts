/**
 * Shows whether the main thread is free: a dot moved by requestAnimationFrame
 * (it stops when the thread is blocked, unlike a CSS animation, which the
 * compositor keeps running) and the longest gap between frames during a run.
 * Browsers pause frames in background tabs, so time spent hidden is not counted.
 *
 * It measures every frame but draws at most every DRAW_EVERY_MS: redrawing every frame
 * cost about 40% of a core in headless Chromium, taken from the reader's own workers on a
 * 2-core machine while they ran. A dot that moves a few times a second still stops, for
 * everyone to see, when the thread is blocked.
 */
const DRAW_EVERY_MS = 100;

export class ResponsivenessMeter {
  #frame = 0;
  #last = 0;
  #longest = 0;
  #running = false;
  /** Set when the tab was hidden since the last frame: that gap is not a block. */
  #wasHidden = false;
  #drawn = -Infinity;
  #shown = "";
  readonly #reduced = matchMedia("(prefers-reduced-motion: reduce)").matches;

  constructor(
    private readonly dot: HTMLElement,
    private readonly figure: HTMLElement,
  ) {
    document.addEventListener("visibilitychange", () => {
      if (document.hidden) this.#wasHidden = true;
    });
  }

  start(): void {
    this.#running = true;
    this.#wasHidden = document.hidden;
    this.#longest = 0;
    this.#last = performance.now();
    this.#drawn = -Infinity;
    this.#show("main thread blocked: longest 0 ms");
    this.#frame = requestAnimationFrame(() => this.tick(performance.now()));
  }

  /** Longest frame gap seen, in ms. */
  stop(): number {
    this.#running = false;
    cancelAnimationFrame(this.#frame);
    this.#drawn = -Infinity;
    this.tick(performance.now());
    this.#running = false;
    return this.#longest;
  }

  /** Text changes cost a layout: only when the figure does. */
  #show(text: string): void {
    if (text === this.#shown) return;
    this.#shown = text;
    this.figure.textContent = text;
  }

  private tick(now: number): void {
    const gap = now - this.#last;
    this.#last = now;
    if (this.#wasHidden) this.#wasHidden = document.hidden;
    else if (gap > this.#longest) this.#longest = gap;
    if (now - this.#drawn >= DRAW_EVERY_MS) {
      this.#drawn = now;
      this.#show(`main thread blocked: longest ${Math.round(this.#longest)} ms`);
      if (!this.#reduced)
        this.dot.style.transform = `translateX(${(Math.floor(now / DRAW_EVERY_MS) * 12.5) % 100}%)`;
    }
    // The clock, not the callback's timestamp: after a long block Chromium can hand the first
    // frame the time it was requested, from before this run began.
    if (this.#running) this.#frame = requestAnimationFrame(() => this.tick(performance.now()));
  }
}
