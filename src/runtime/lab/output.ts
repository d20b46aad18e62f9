import { createAfterTurn } from "./after-turn.ts";
import type { LogLine } from "../types.ts";

export interface OutputLimits {
  /** Lines passed through from the start of a run. */
  head: number;
  /** Lines kept from the end once the head is full. */
  tail: number;
}

export const DEFAULT_LIMITS: OutputLimits = { head: 500, tail: 200 };

/**
 * Caps a run's output: the first `head` lines stream out, later ones go to a ring of the last
 * `tail` lines that is released, after one "… K lines omitted" line, when the run ends.
 * Lines are batched so a tight logging loop costs one callback per flush, not per line.
 */
export class OutputBuffer {
  readonly #emit: (lines: LogLine[]) => void;
  readonly #limits: OutputLimits;
  readonly #schedule: (flush: () => void) => void;
  #pending: LogLine[] = [];
  #headCount = 0;
  #tail: LogLine[] = [];
  #tailStart = 0;
  #omitted = 0;
  #scheduled = false;
  #closed = false;

  constructor(
    emit: (lines: LogLine[]) => void,
    limits: OutputLimits = DEFAULT_LIMITS,
    schedule: (flush: () => void) => void = throttled(16),
  ) {
    this.#emit = emit;
    this.#limits = limits;
    this.#schedule = schedule;
  }

  push(line: LogLine): void {
    if (this.#closed) return;
    if (this.#headCount < this.#limits.head) {
      this.#headCount++;
      this.#pending.push(line);
      if (!this.#scheduled) {
        this.#scheduled = true;
        this.#schedule(() => this.flush());
      }
      return;
    }
    if (this.#tail.length < this.#limits.tail) {
      this.#tail.push(line);
      return;
    }
    // Ring buffer: overwrite the oldest kept line.
    this.#tail[this.#tailStart] = line;
    this.#tailStart = (this.#tailStart + 1) % this.#limits.tail;
    this.#omitted++;
  }

  /** Lines omitted so far (lines beyond head + tail). */
  get omitted(): number {
    return this.#omitted;
  }

  flush(): void {
    this.#scheduled = false;
    if (this.#pending.length === 0) return;
    const lines = this.#pending;
    this.#pending = [];
    this.#emit(lines);
  }

  /** Releases everything held back; call once when the run ends. */
  close(t: number, thread = "main"): void {
    const tail = [...this.#tail.slice(this.#tailStart), ...this.#tail.slice(0, this.#tailStart)];
    if (this.#omitted > 0) {
      const text = `… ${this.#omitted} lines omitted`;
      this.#pending.push({ t, thread, level: "system", text });
    }
    this.#pending.push(...tail);
    this.#tail = [];
    this.#tailStart = 0;
    this.#omitted = 0;
    this.#closed = true;
    this.flush();
  }
}

/**
 * Flushes at most once per `ms`, always from a task of its own: never inside the snippet's
 * task or between its microtasks, where rendering the lines would add milliseconds to the
 * very timings the snippet prints. The first line still shows as soon as the snippet yields.
 */
export function throttled(
  ms: number,
  clock: () => number = () => performance.now(),
  afterTurn: (fn: () => void) => void = createAfterTurn(),
) {
  let last = -Infinity;
  return (flush: () => void): void => {
    const wait = last + ms - clock();
    const run = () => {
      last = clock();
      flush();
    };
    if (wait <= 0) afterTurn(run);
    else setTimeout(run, wait);
  };
}
