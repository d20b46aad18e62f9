import { GUARD_INTERVAL } from "../compile/guard-text.ts";

export interface GuardOptions {
  budgetMs: number;
  now: () => number;
  /** Calls `onTurn` once the event loop has had a turn (a macrotask ran). */
  afterTurn: (onTurn: () => void) => void;
  onTrip: (error: Error) => void;
}

export interface Guard {
  /** Counts a call; `true` (from loops, which count iterations themselves) checks the clock now. */
  (force?: true): void;
  /** Makes every later call throw, so code left over from an ended run stops at its next loop. */
  trip(error: Error): void;
}

/**
 * The `__guard` the compiler calls from loops and function entries on the main thread.
 * It measures how long the main thread has gone without an event-loop turn; that is what
 * freezes a page, while long runs that await in between are fine.
 */
export function createGuard({ budgetMs, now, afterTurn, onTrip }: GuardOptions): Guard {
  let countdown = GUARD_INTERVAL;
  let sliceStart = -1;
  let tripped: Error | undefined;

  const slow = () => {
    if (tripped) {
      countdown = 0;
      throw tripped;
    }
    countdown = GUARD_INTERVAL;
    const t = now();
    if (sliceStart < 0) {
      sliceStart = t;
      afterTurn(() => {
        sliceStart = -1;
      });
      return;
    }
    if (t - sliceStart > budgetMs) {
      const span = budgetMs >= 1000 ? `${Math.round(budgetMs / 100) / 10} s` : `${budgetMs} ms`;
      const error = new Error(
        `Stopped: this code ran on the main thread for more than ${span} without a break, ` +
          `which freezes the page. Use sleep()/await to yield, or run heavy work in the pool.`,
      );
      error.name = "BudgetExceeded";
      guard.trip(error);
      onTrip(error);
      throw error;
    }
  };

  // Loops pass `true` to check the clock now: they count iterations themselves.
  const guard = ((force?: true) => {
    if (--countdown > 0 && force !== true) return;
    slow();
  }) as Guard;
  guard.trip = (error) => {
    tripped ??= error;
    countdown = 0;
  };
  return guard;
}
