/** Values of a run's stop flag (`__stop[0]`): why its code must stop. */
export const RUNNING = 0;
/** The main thread went past the run's budget without an event-loop turn. */
export const OVER_BUDGET = 1;
/** The run ended (finished, failed, stopped or replaced): leftover code stops at its next check. */
export const ENDED = 2;

/** What compiled code throws at a check once its flag is raised (`__Halt`). */
export interface HaltClass {
  /** `line`: the stopped loop's line in the compiled body, when the check knows it. */
  new (line?: number): Error & { line?: number | undefined };
  /** Throws a new Halt; the form used inside expressions. */
  raise(): never;
}

/** A run's stop flag and the error its checks throw. */
export interface RunStop {
  /** What compiled code reads as `__stop`. */
  readonly flag: ArrayLike<number>;
  readonly Halt: HaltClass;
  /** A check for code that waits in a loop of the runtime's own (`spin`). */
  poll: () => void;
  /** The run is over: every later check throws. */
  end: () => void;
  /**
   * The code is yielding to the browser in a way that lets it handle input and rendering
   * (`scheduler.yield()`), though other tasks may still wait: the page is not frozen.
   */
  turn: () => void;
}

export interface StopOptions {
  budgetMs: number;
  /**
   * A word in shared memory that a watchdog raises to OVER_BUDGET; without one (a page that
   * is not cross-origin isolated) the flag reads the clock itself, every few thousand reads.
   */
  shared?: Int32Array;
  now: () => number;
  /** Calls back once the event loop has had a turn (for the clock-reading fallback). */
  afterTurn: (fn: () => void) => void;
  /** The run failed with this error (called once per Halt that finds the budget spent). */
  onTrip: (error: Error) => void;
  /** Tells the watchdog the thread had a turn (with `shared`). */
  beat?: () => void;
}

/** How many reads of the fallback flag pass between clock reads. */
const CLOCK_EVERY = 4096;

export function createRunStop(options: StopOptions): RunStop {
  const { budgetMs, onTrip } = options;
  const flag = options.shared ?? clockFlag(options);
  let ended = false;
  const span = budgetMs >= 1000 ? `${Math.round(budgetMs / 100) / 10} s` : `${budgetMs} ms`;
  class Halt extends Error {
    /** The line of the loop that stopped, in the compiled body. */
    readonly line: number | undefined;
    constructor(line?: number) {
      const why = ended ? ENDED : flag[0];
      super(
        why === ENDED
          ? "This run has ended"
          : `Stopped: this code ran on the main thread for more than ${span} without a break, ` +
              `which freezes the page. Use sleep()/await to yield, or run heavy work in the pool.`,
      );
      this.name = why === ENDED ? "RunEnded" : "BudgetExceeded";
      this.line = line;
      if (why !== ENDED) onTrip(this);
    }
    static raise(): never {
      throw new this();
    }
  }
  return {
    flag,
    Halt,
    poll() {
      if (flag[0] !== RUNNING) throw new Halt();
    },
    end() {
      ended = true;
      if (options.shared) Atomics.store(options.shared, 0, ENDED);
      else (flag as ClockFlag).end();
    },
    turn() {
      if (options.shared) options.beat?.();
      else (flag as ClockFlag).turn();
    },
  };
}

type ClockFlag = ArrayLike<number> & { end(): void; turn(): void };

/**
 * Without shared memory: a flag object whose element reads the clock every CLOCK_EVERY
 * reads, and reads OVER_BUDGET once the thread has gone `budgetMs` without a turn.
 */
function clockFlag({ budgetMs, now, afterTurn }: StopOptions): ClockFlag {
  let countdown = CLOCK_EVERY;
  let sliceStart = -1;
  let state = RUNNING;
  const read = (): number => {
    if (state !== RUNNING || --countdown > 0) return state;
    countdown = CLOCK_EVERY;
    const t = now();
    if (sliceStart < 0) {
      sliceStart = t;
      afterTurn(() => (sliceStart = -1));
    } else if (t - sliceStart > budgetMs) state = OVER_BUDGET;
    return state;
  };
  return {
    length: 1,
    get 0() {
      return read();
    },
    end() {
      state = ENDED;
    },
    turn() {
      sliceStart = -1;
    },
  };
}
