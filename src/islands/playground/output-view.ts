import type { SourcePosition } from "../../runtime/index.ts";
import type { Note, OutputEntry } from "./error-display.ts";

/** Lines kept in the DOM; the runtime caps a run's output too, this bounds the page across runs. */
const MAX_LINES = 2000;

/**
 * Appends log lines to a role="log" element as text, never HTML. Lines
 * arriving faster than frames are batched into one DOM update per frame.
 */
export class OutputView {
  #pending: OutputEntry[] = [];
  #frame = 0;
  /** A render is queued as a microtask. */
  #soon = false;
  #count = 0;
  #lastFlush = -Infinity;

  constructor(
    private readonly root: HTMLElement,
    private readonly onJump: (position: SourcePosition) => void,
  ) {}

  clear(placeholder?: string): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending = [];
    this.#count = 0;
    this.root.replaceChildren();
    if (placeholder) this.system(placeholder);
  }

  push(lines: readonly OutputEntry[]): void {
    this.#pending.push(...lines);
    // When idle, render in a microtask (the first line of a run shows in the coming frame,
    // not one later) rather than inside this call: the reader's code is running, and the
    // layout a render forces (it reads scrollHeight) would sit between two of its
    // statements, stretching the very timestamps it shows. In a chain of microtasks the
    // render still falls between two of them, once. While lines keep coming, render at
    // most once per frame.
    if (this.#soon || this.#frame) return;
    if (performance.now() - this.#lastFlush > 16) {
      this.#soon = true;
      queueMicrotask(() => this.flush());
    } else this.#frame = requestAnimationFrame(() => this.flush());
  }

  /** A line from the playground itself (status, summaries), not from the code. */
  system(text: string, level: Note["level"] = "system"): void {
    this.push([{ level, text }]);
    this.flush();
  }

  flush(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#soon = false;
    this.#lastFlush = performance.now();
    if (!this.#pending.length) return;
    const fragment = document.createDocumentFragment();
    for (const line of this.#pending.splice(0)) fragment.append(this.render(line));
    const stick = this.root.scrollHeight - this.root.scrollTop - this.root.clientHeight < 24;
    this.root.append(fragment);
    this.#count = this.root.childElementCount;
    while (this.#count > MAX_LINES && this.root.firstElementChild) {
      this.root.firstElementChild.remove();
      this.#count--;
    }
    if (stick) this.root.scrollTop = this.root.scrollHeight;
  }

  private render(line: OutputEntry): HTMLElement {
    const row = document.createElement("div");
    row.className = `pg-line pg-${line.level}`;
    if ("t" in line) {
      const time = document.createElement("span");
      time.className = "pg-time";
      time.textContent = `+${line.t.toFixed(1)} ms`;
      const thread = document.createElement("span");
      thread.className = "pg-thread";
      thread.textContent = line.thread;
      row.append(time, thread);
    }
    const text = document.createElement("span");
    text.className = "pg-text";
    text.textContent = line.text;
    row.append(text);
    const loc = line.loc;
    if (loc) {
      const { line: l, column, file } = loc;
      const jump = document.createElement("button");
      jump.type = "button";
      jump.className = "pg-loc";
      // A program's errors name their file: "worker.ts:3:5".
      jump.textContent = `${file ? `${file}:` : "line "}${l}:${column}`;
      jump.setAttribute(
        "aria-label",
        `Go to ${file ? `${file}, ` : ""}line ${l}, column ${column}`,
      );
      jump.addEventListener("click", () => this.onJump(loc));
      row.append(jump);
    }
    return row;
  }
}
