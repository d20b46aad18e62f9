/**
 * Numeric codes of the recorder's typed arrays: what each event, step and scheduled callback
 * is. Numbers, not strings, so recording an event allocates nothing.
 */

/** Event types (the `type` array); `a` and `b` hold what each comment says. */
export const EV = {
  /** a step starts: a = step index */
  STEP: 1,
  /** a wrapped callback is entered / returns: a = slot */
  ENTER: 2,
  EXIT: 3,
  /** an async body starts / completes: a = function id */
  ACT: 4,
  DONE: 5,
  /** an await suspends: a = site, b = 1 if the awaited value was not an object */
  SUSPEND: 6,
  /** an await (or for await, or a catch/finally block) resumes: a = site */
  RESUME: 7,
  YSUSPEND: 8,
  YRESUME: 9,
  /** a callback is handed to the event loop: a = slot, b = site */
  SCHEDULE: 10,
  /** a console line: a = log index */
  LOG: 11,
  /** a `then` method runs / returns: a = function id */
  THEN_IN: 12,
  THEN_OUT: 13,
  /** a task is posted to a worker / its result arrives: a = task record */
  SEND: 14,
  RECV: 15,
  /** a timer is cleared: a = slot */
  CLEAR: 16,
  /** `postMessage` is called: a = site */
  POST: 17,
  /** lab runs a task on the main thread / it ends: a = task record */
  TASK_START: 18,
  TASK_END: 19,
} as const;

/** Step kinds, as the view names them. */
export const KIND = { script: 0, task: 1, microtask: 2, render: 3, unknown: 4 } as const;
export const KIND_NAMES = ["script", "task", "microtask", "render", "unknown"] as const;
export type StepKind = (typeof KIND_NAMES)[number];

/** What started a step (the `cause` array); `ref` holds what each comment says. */
export const CAUSE = {
  /** the script's synchronous part */
  SCRIPT: 0,
  /** a wrapped callback: ref = slot */
  CALLBACK: 1,
  /** an await resumed: ref = site */
  RESUME: 2,
  /** a catch/finally block entered after a rejection: ref = site */
  CLAUSE: 3,
  /** an async function resumed only to complete: ref = function id */
  FINISH: 4,
  /** the engine called a thenable's `then`: ref = function id */
  THENABLE: 5,
  /** an async generator resumed by a queued `next()`: ref = site */
  YIELD: 6,
  /** a `for await` loop resumed: ref = site */
  FOR_AWAIT: 7,
  /** a worker's result arrived: ref = task record */
  RESULT: 8,
  /** lab started tasks on the main thread: ref = first task record */
  MAIN_TASK: 9,
  /** code ran in a job the recorder did not see start: ref = function id or -1 */
  UNKNOWN: 10,
  /** the code after a `for await` loop resumed: ref = site */
  LOOP_END: 11,
} as const;

/** What a scheduled callback (a slot) is: it decides the kind of the step it starts. */
export const SLOT = {
  MICROTASK: 0,
  TIMER: 1,
  INTERVAL: 2,
  FRAME: 3,
  LISTENER: 4,
  LAB_TIMER: 5,
  POSTED_TASK: 6,
} as const;
