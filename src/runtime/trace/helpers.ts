import type { RecordPlan } from "../compile/record-sites.ts";
import { RECORD_PARAMS } from "../compile/wrapper.ts";
import { CAUSE, EV, KIND, SLOT } from "./codes.ts";
import type { Fn, RecorderCore } from "./core.ts";
import { iterateSeen } from "./iterate.ts";

type Helpers = Record<(typeof RECORD_PARAMS)[number], unknown>;

/**
 * The functions the recording pass calls (record-insert.ts says where), in RECORD_PARAMS
 * order. Each returns what it was given, or calls the original at once: no promise, no tick.
 */
export function createHelpers(
  core: RecorderCore,
  plan: RecordPlan,
): { values: unknown[]; takeTimer(fn: unknown): number } {
  const siteKinds = plan.sites.map((s) => s.kind);
  const listeners = new WeakMap<object, Fn>();
  const suspended = (id: number) => {
    if (core.stopped) return;
    core.ev(EV.SUSPEND, id, 0);
    core.leave();
  };
  const helpers: Helpers = {
    __s(id: number, x: unknown) {
      if (core.stopped) return x;
      // An await of something that is not an object queues its resumption at once.
      const immediate = x === null || (typeof x !== "object" && typeof x !== "function");
      core.ev(EV.SUSPEND, id, immediate ? 1 : 0);
      core.leave();
      return x;
    },
    __r(id: number, v: unknown) {
      if (!core.stopped) core.resume(CAUSE.RESUME, id);
      return v;
    },
    __A(fid: number) {
      if (core.stopped) return;
      if (core.depth === 0) core.unknownJob(fid);
      core.ev(EV.ACT, fid, 0);
      core.depth++;
    },
    __Z(fid: number) {
      if (core.stopped) return;
      // On an empty stack: resumed by a rejection it did not catch, or to leave a for await.
      if (core.depth === 0) core.open(KIND.microtask, CAUSE.FINISH, fid);
      else core.depth--;
      core.ev(EV.DONE, fid, 0);
    },
    __B(fid: number) {
      if (core.stopped) return;
      if (core.depth === 0) core.open(KIND.microtask, CAUSE.THENABLE, fid);
      core.ev(EV.THEN_IN, fid, 0);
      core.depth++;
    },
    __E(fid: number) {
      if (core.stopped) return;
      core.leave();
      core.ev(EV.THEN_OUT, fid, 0);
    },
    __k(id: number) {
      // Entered while something runs: an ordinary throw, nothing to mark.
      if (!core.stopped && core.depth === 0) core.resume(CAUSE.CLAUSE, id);
    },
    __ys(id: number, v: unknown) {
      if (core.stopped) return v;
      core.ev(EV.YSUSPEND, id, 0);
      core.leave();
      return v;
    },
    __yr(id: number, v: unknown) {
      if (core.stopped) return v;
      // Resumed by a next() that waited in the generator's queue: the engine's job.
      if (core.depth === 0) core.open(KIND.microtask, CAUSE.YIELD, id);
      core.ev(EV.YRESUME, id, 0);
      core.depth++;
      return v;
    },
    __fa: (id: number, iterable: unknown) =>
      core.stopped
        ? iterable
        : iterateSeen(iterable, plan.sites[id]?.text ?? "value", () => suspended(id)),
    __fr(id: number) {
      if (!core.stopped && core.depth === 0) core.resume(CAUSE.FOR_AWAIT, id);
    },
    __fe(id: number) {
      if (!core.stopped && core.depth === 0) core.resume(CAUSE.LOOP_END, id);
    },
    __m: (id: number, fn: unknown) => core.wrap(SLOT.MICROTASK, id, fn),
    __t(id: number, fn: unknown) {
      const site = siteKinds[id];
      const kind =
        site === "setInterval"
          ? SLOT.INTERVAL
          : site === "postTask"
            ? SLOT.POSTED_TASK
            : SLOT.TIMER;
      const wrapped = core.wrap(kind, id, fn);
      if (wrapped !== fn) {
        [lastTimer, lastTimerSlot] = [wrapped, core.slots.count - 1];
        if (kind === SLOT.POSTED_TASK) core.timerSet(lastTimerSlot, 0);
      }
      return wrapped;
    },
    __f: (id: number, fn: unknown) => core.wrap(SLOT.FRAME, id, fn),
    __e(id: number, fn: unknown) {
      if (core.stopped || typeof fn !== "function") return fn;
      // One wrapper per function, so removeEventListener finds what addEventListener added.
      let wrapped = listeners.get(fn);
      if (!wrapped) listeners.set(fn, (wrapped = core.wrap(SLOT.LISTENER, id, fn) as Fn));
      return wrapped;
    },
    __c(id: number) {
      if (core.stopped) return;
      const kind = siteKinds[id];
      if (kind === "console") core.consoleSite = id;
      else if (kind === "postMessage") core.ev(EV.POST, id, 0);
      else core.labSite = id;
    },
  };
  let lastTimer: unknown;
  let lastTimerSlot = -1;
  return {
    values: RECORD_PARAMS.map((name) => helpers[name]),
    /** The slot of `fn` if it is the wrapper `__t` made last (the run's setTimeout gets it next). */
    takeTimer(fn: unknown): number {
      const slot = fn !== undefined && fn === lastTimer ? lastTimerSlot : -1;
      lastTimer = undefined;
      return slot;
    },
  };
}
