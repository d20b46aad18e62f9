import { CAUSE, EV, KIND, SLOT } from "./codes.ts";
import { Columns } from "./columns.ts";
import type { RawTrace } from "./raw-trace.ts";

export type Fn = (...args: unknown[]) => unknown;

/**
 * The recorder's state and its few primitive moves. It keeps `depth`, the number of frames
 * it knows are on the call stack (wrapped callbacks, async bodies, the script). Code that
 * runs while depth is 0 started a new job, a task, a microtask or a rendering callback, told
 * apart by what marked it (see CAUSE). Events and steps are numbers in typed arrays: no
 * allocation per event, and one clock read per step.
 */
export class RecorderCore {
  depth = 0;
  /** Timer nesting level of the task that runs (HTML timer initialisation steps). */
  level = 0;
  anomalies = 0;
  stopped = false;
  capped: RawTrace["capped"];
  /** The last console / lab call marked (__c), for the line that printed or set a timer. */
  consoleSite = -1;
  labSite = -1;
  /**
   * A step lab opened for tasks it starts on this thread holds code that runs at depth 0
   * (a plain task function has no marker of its own) until its job ends.
   */
  labStep = false;
  n = 0;
  type: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  readonly steps = new Columns({
    kind: Uint8Array,
    cause: Uint8Array,
    ref: Int32Array,
    first: Int32Array,
    t: Float64Array,
    extra: Float64Array,
  });
  readonly slots = new Columns({
    kind: Uint8Array,
    site: Int32Array,
    step: Int32Array,
    t: Float64Array,
    delay: Float64Array,
    level: Int32Array,
    fires: Int32Array,
  });
  readonly slotNames: string[] = [];
  #capacity: number;

  /** The run's clock (ms since it started), once the run has started. */
  clock: () => number = () => 0;
  /** ms to subtract from performance.now() times (rAF) to get run-clock times. */
  perfOffset = 0;
  /** The run has started: events now count. */
  started = false;

  constructor(readonly cap: number) {
    this.#capacity = Math.min(1024, cap);
    this.type = new Uint8Array(this.#capacity);
    this.a = new Int32Array(this.#capacity);
    this.b = new Int32Array(this.#capacity);
  }

  /** The run starts, on its own clock. */
  start(clock: () => number): void {
    this.clock = clock;
    this.perfOffset = performance.now() - clock();
    this.started = true;
  }

  ev(type: number, a: number, b: number): void {
    const n = this.n;
    if (n === this.#capacity) {
      if (n >= this.cap) return this.stop();
      this.#grow();
    }
    this.type[n] = type;
    this.a[n] = a;
    this.b[n] = b;
    this.n = n + 1;
  }

  #grow(): void {
    this.#capacity = Math.min(this.#capacity * 2, this.cap);
    const [type, a, b] = [
      new Uint8Array(this.#capacity),
      new Int32Array(this.#capacity),
      new Int32Array(this.#capacity),
    ];
    type.set(this.type);
    a.set(this.a);
    b.set(this.b);
    [this.type, this.a, this.b] = [type, a, b];
  }

  /** At the cap: every helper becomes a pass-through and the run goes on unrecorded. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.capped = { events: this.n, step: this.steps.count, t: this.clock() };
  }

  open(kind: number, cause: number, ref: number, extra = 0): void {
    const i = this.steps.add();
    const c = this.steps.cols;
    c.kind[i] = kind;
    c.cause[i] = cause;
    c.ref[i] = ref;
    c.first[i] = this.n;
    c.t[i] = this.clock();
    c.extra[i] = extra;
    this.labStep = false;
    if (kind !== KIND.microtask) this.level = 0;
    this.ev(EV.STEP, i, 0);
  }

  leave(): void {
    if (this.depth > 0) this.depth--;
    else this.anomalies++;
  }

  /** Code ran on an empty stack with nothing marking how its job started. */
  unknownJob(ref: number): void {
    if (this.labStep) return;
    this.anomalies++;
    this.open(KIND.unknown, CAUSE.UNKNOWN, ref);
  }

  /** An await (or the like) resumes: a microtask of its own if nothing else is running. */
  resume(cause: number, site: number): void {
    if (this.depth === 0) this.open(KIND.microtask, cause, site);
    this.ev(EV.RESUME, site, 0);
    this.depth++;
  }

  slot(kind: number, site: number, name: string): number {
    const i = this.slots.add();
    const c = this.slots.cols;
    c.kind[i] = kind;
    c.site[i] = site;
    c.step[i] = this.depth > 0 || this.labStep ? this.steps.count - 1 : -1;
    this.slotNames[i] = name;
    return i;
  }

  /** A timer was set: when, what it asked for, and its nesting level. */
  timerSet(s: number, ms: unknown): void {
    const c = this.slots.cols;
    c.t[s] = this.clock();
    c.delay[s] = Math.max(0, Number(ms) || 0);
    c.level[s] = this.level + 1;
  }

  /** A callback handed to the event loop, seen when it runs; returns `fn` itself once stopped. */
  wrap(kind: number, site: number, fn: unknown): unknown {
    if (this.stopped || typeof fn !== "function") return fn;
    const s = this.slot(kind, site, (fn as Fn).name);
    this.ev(EV.SCHEDULE, s, site);
    return seen(this, kind, s, fn as Fn);
  }

  /** A wrapped callback starts: a step of its own if the stack is empty. */
  enterCallback(kind: number, s: number, args: unknown[]): void {
    if (this.depth === 0) {
      const c = this.slots.cols;
      const timer = kind === SLOT.TIMER || kind === SLOT.INTERVAL || kind === SLOT.LAB_TIMER;
      const fires = ++c.fires[s]!;
      const stepKind =
        kind === SLOT.MICROTASK ? KIND.microtask : kind === SLOT.FRAME ? KIND.render : KIND.task;
      const nesting = timer ? c.level[s]! + fires - 1 : 0;
      const extra =
        kind === SLOT.FRAME
          ? Number(args[0]) - this.perfOffset
          : kind === SLOT.LISTENER
            ? messageSource(args[0])
            : nesting;
      this.open(stepKind, CAUSE.CALLBACK, s, extra);
      if (timer) this.level = nesting;
    }
    this.ev(EV.ENTER, s, 0);
    this.depth++;
  }
}

/** `fn` as handed to the event loop: the same call, bracketed by the recorder. */
function seen(core: RecorderCore, kind: number, s: number, fn: Fn): Fn {
  return function (this: unknown, ...args: unknown[]) {
    if (core.stopped) return fn.apply(this, args);
    core.enterCallback(kind, s, args);
    try {
      return fn.apply(this, args);
    } finally {
      core.leave();
      core.ev(EV.EXIT, s, 0);
    }
  };
}

/** Where a message came from, for a listener's step: 1 a worker, 2 a port, 0 anything else. */
export const FROM_WORKER = 1;
export const FROM_PORT = 2;
function messageSource(event: unknown): number {
  const target = (event as { target?: unknown } | null)?.target;
  if (typeof Worker === "function" && target instanceof Worker) return FROM_WORKER;
  if (typeof MessagePort === "function" && target instanceof MessagePort) return FROM_PORT;
  return 0;
}
