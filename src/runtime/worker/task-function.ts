import { STOP_NAMES } from "../compile/guard-text.ts";
import { RECORD_PARAMS, taskFile, taskFunctionBodies } from "../compile/wrapper.ts";
import { LAB_EXPORTS, type Lab } from "../lab/create-lab.ts";
import type { RunTimers } from "../lab/timers.ts";

export type TaskFn = (...args: unknown[]) => unknown;

const TIMER_NAMES = ["setTimeout", "setInterval", "clearTimeout", "clearInterval"] as const;

/** What a task function sees besides its arguments: the run's lab, console, timers and stop flag. */
export interface TaskScope {
  tag: string;
  lab: Lab;
  console: Partial<Console>;
  timers: RunTimers;
  /** `__stop` and `__Halt`: the same checks as on the main thread, raised by Stop. */
  stop: ArrayLike<number>;
  Halt: new () => Error;
}

/**
 * Builds a task function from the source the page sent. Its free names resolve to the lab
 * helpers (under the names the snippet imported them as), the run's console and timers.
 * A source that does not compile becomes a function that throws, so the task reports it.
 */
export function buildTaskFunction(
  scope: TaskScope,
  fnId: number,
  source: string,
  name: string,
  imports: Record<string, string>,
): TaskFn {
  // One binding per name, later ones winning: an alias may shadow a lab export of the same
  // name, and strict code (which tasks are) may not repeat a parameter.
  const bindings = new Map<string, unknown>([
    ...LAB_EXPORTS.map((n) => [n, scope.lab[n]] as const),
    ...Object.entries(imports).map(
      ([local, imported]) =>
        [local, imported === "*" ? scope.lab : scope.lab[imported as keyof Lab]] as const,
    ),
    ["console", scope.console],
    ["close", closeInTask],
    [STOP_NAMES[0], scope.stop],
    [STOP_NAMES[1], scope.Halt],
    ...RECORD_PARAMS.map((n) => [n, PASS_THROUGH[n]] as const),
    ...TIMER_NAMES.map((n) => [n, scope.timers[n]] as const),
  ]);
  const names = [...bindings.keys()];
  const values = [...bindings.values()];
  // The task keeps the checks it has on the main thread: the same code runs at the same
  // speed in every mode, and Stop ends a busy task at its next check.
  const bodies = taskFunctionBodies(source, name, taskFile(scope.tag, fnId));
  let failure: unknown;
  for (const body of bodies) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- tasks arrive as source text by design
      const make = new Function(...names, body) as (...a: unknown[]) => TaskFn;
      return make(...values);
    } catch (e) {
      failure = e;
      if (!(e instanceof SyntaxError)) break;
    }
  }
  return () => {
    throw failure;
  };
}

/**
 * The Event loop view's helpers as a worker provides them: a recorded run ships its task
 * functions with the recorder's calls in them, and here they change nothing. (Each returns
 * its last argument, so awaited values and callbacks pass through untouched.)
 */
const PASS_THROUGH: Record<(typeof RECORD_PARAMS)[number], unknown> = Object.fromEntries(
  RECORD_PARAMS.map((n) => [n, (_id: number, value?: unknown) => value]),
) as Record<(typeof RECORD_PARAMS)[number], unknown>;

// The pool cannot tell a worker that closed itself from a busy one, so tasks may not close it.
function closeInTask(): never {
  throw new Error(
    "close() would end this pool worker for every later task; return from the task instead",
  );
}
