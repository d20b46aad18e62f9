import type { FromWatchdog, ToWatchdog } from "../worker/watchdog.ts";

/** Watches main-thread runs from another thread; see worker/watchdog.ts. */
export interface Watchdog {
  /**
   * A fresh stop flag in shared memory, raised when the main thread overruns `budgetMs`;
   * undefined until the watchdog thread has started (a message to a worker that is still
   * starting may wait for the main thread, which a runaway run never gives back).
   */
  watch(budgetMs: number): { flag: Int32Array; release(): void } | undefined;
  /** The main thread is about to let the browser run other work: count it as a turn. */
  beat(): void;
}

const OVER_BUDGET = 1;

/**
 * The page's side of the watchdog: the heartbeat it writes whenever its event loop gets a
 * turn (the watchdog asks for one when the last is old, so an idle page posts nothing), and
 * a flag per run. Needs shared memory, so only on a cross-origin isolated page.
 */
export function createWatchdog(spawn: () => Worker, now: () => number): Watchdog | undefined {
  if (typeof SharedArrayBuffer !== "function" || globalThis.crossOriginIsolated !== true)
    return undefined;
  const epoch = Math.floor(now());
  const beat = new Int32Array(new SharedArrayBuffer(4));
  const flags = new Map<number, Int32Array>();
  let ids = 0;
  const worker = spawn();
  const post = (m: ToWatchdog) => worker.postMessage(m);
  const heartbeat = () => {
    Atomics.store(beat, 0, Math.round(now() - epoch));
    // A flag raised while this page was busy with something else, not a run's code (which is
    // not running now, or this would not run): that run did not freeze the page.
    for (const flag of flags.values()) Atomics.compareExchange(flag, 0, OVER_BUDGET, 0);
  };
  let ready = false;
  worker.onmessage = (e: MessageEvent<FromWatchdog>) => {
    if (e.data === "ready") ready = true;
    heartbeat();
  };
  heartbeat();
  post({ type: "init", beat: beat.buffer, epoch });
  return {
    beat: heartbeat,
    watch(budgetMs) {
      if (!ready) return undefined;
      const id = ++ids;
      const flag = new Int32Array(new SharedArrayBuffer(4));
      heartbeat();
      flags.set(id, flag);
      post({ type: "watch", id, flag: flag.buffer, budgetMs });
      return {
        flag,
        release() {
          flags.delete(id);
          post({ type: "release", id });
        },
      };
    },
  };
}
