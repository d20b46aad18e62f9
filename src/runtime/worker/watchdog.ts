/**
 * The watchdog's logic, apart from `self` so Node tests can drive it. It never touches the
 * main thread's code: it reads the heartbeat the page writes when its event loop is free,
 * raises a run's stop flag once the main thread has gone longer than that run's budget
 * without a turn, and asks the page for a heartbeat when the last one is getting old.
 */
export type ToWatchdog =
  /** The shared heartbeat: [0] ms since `epoch` at the page's last turn. */
  | { type: "init"; beat: SharedArrayBuffer; epoch: number }
  | { type: "watch"; id: number; flag: SharedArrayBuffer; budgetMs: number }
  | { type: "release"; id: number };

/** How often the watchdog looks, in ms: it bounds how late past its budget a run stops. */
export const PERIOD_MS = 100;
const OVER_BUDGET = 1;

/** What the watchdog posts to the page. */
export type FromWatchdog = "ready" | "beat";

export function createWatchdogLoop(post: (m: FromWatchdog) => void, now: () => number) {
  const runs = new Map<number, { flag: Int32Array; budgetMs: number }>();
  let beat: Int32Array | undefined;
  let epoch = 0;
  let asked = -1;
  return {
    onMessage(m: ToWatchdog): void {
      if (m.type === "init") {
        beat = new Int32Array(m.beat);
        epoch = m.epoch;
        post("ready");
      } else if (m.type === "watch")
        runs.set(m.id, { flag: new Int32Array(m.flag), budgetMs: m.budgetMs });
      else runs.delete(m.id);
    },
    /** One look; call every PERIOD_MS. */
    tick(): void {
      if (!beat || runs.size === 0) return;
      const last = Atomics.load(beat, 0);
      const age = now() - epoch - last;
      for (const run of runs.values())
        if (age > run.budgetMs) Atomics.compareExchange(run.flag, 0, 0, OVER_BUDGET);
      if (age > 2 * PERIOD_MS && asked !== last) {
        asked = last;
        post("beat");
      }
    },
  };
}
