/**
 * What the machine delivers right now, measured beside a timing check so that its verdict
 * can tell "the code is wrong" from "the machine is busy".
 */
export interface MachineProbe {
  /** Speedup of perfectly parallel reference work on `workers` workers, right now. */
  parallelism(workers: number): Promise<number>;
  /** The longest a 0 ms timer waited for its turn while nothing else ran, over `ms`. */
  timerLateness(ms: number): Promise<number>;
}

/**
 * How late timers fire on this page now: with the thread idle, a 0 ms timer should run
 * within a few ms (browsers clamp nested timers to 4 ms); anything beyond is other load,
 * in this page or elsewhere on the machine, that delays every timer a check measures.
 */
export function timerLateness(ms: number, now: () => number = () => performance.now()) {
  return new Promise<number>((resolve) => {
    const start = now();
    let last = start;
    let worst = 0;
    const tick = () => {
      const t = now();
      worst = Math.max(worst, t - last);
      last = t;
      if (t - start < ms) setTimeout(tick, 0);
      else resolve(worst);
    };
    setTimeout(tick, 0);
  });
}
