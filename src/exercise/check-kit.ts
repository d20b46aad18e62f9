import { amdahl } from "./amdahl.ts";
import type { MachineProbe } from "./probes.ts";

/** The latency and size `simulatedFetch` gives a URL, for checks that know what to expect. */
export { simulatedResponse } from "../runtime/lab/simulated-network.ts";

/**
 * One line of an exercise's verdict. `inconclusive`: the machine was too busy to tell (a
 * timing check whose reference measurement showed the load); neither a pass nor a fail.
 */
export interface CheckResult {
  name: string;
  status: "passed" | "failed" | "skipped" | "inconclusive";
  message: string;
}

/** An exercise's overall verdict. */
export type Verdict = "passed" | "failed" | "inconclusive";

/**
 * Passed when nothing failed or was inconclusive and something passed; failed when any
 * check failed; otherwise inconclusive (a busy machine could not time it, or nothing ran).
 */
export function verdictOf(results: readonly CheckResult[]): Verdict {
  if (results.some((r) => r.status === "failed")) return "failed";
  if (results.some((r) => r.status === "inconclusive")) return "inconclusive";
  return results.some((r) => r.status === "passed") ? "passed" : "inconclusive";
}

export interface SpeedupOptions {
  /** The baseline: the learner's serial version, or one written in the check. */
  serial: () => unknown;
  /** The learner's parallel version. */
  parallel: () => unknown;
  /** Lowest acceptable speedup, serial / parallel (fastest runs), on an idle machine. */
  atLeast: number;
  /** Timed runs of each version (alternating); the fastest of each is compared. Default 3. */
  runs?: number;
  /** Share of the work that can run in parallel, for the Amdahl ideal shown. Default 1. */
  parallelFraction?: number;
  /** Skip (rather than fail) when the machine has fewer cores than this. Default 2. */
  minCores?: number;
  /** What to do about a failure, added to its message. */
  hint?: string;
  /** Show Amdahl's ideal for the reader's cores (off when `serial` is not one thread). Default true. */
  showIdeal?: boolean;
}

export interface TimingOptions {
  /** Measures once, in ms. Called again (up to three times) while it breaks `atMost`. */
  measure: () => Promise<number> | number;
  /** Highest acceptable value: a busy machine can push a correct value over it. */
  atMost?: number;
  /** Lowest acceptable value: timers never fire early, so this is exact under any load. */
  atLeast?: number;
  /** What to tell the learner when the value is out of range. */
  explain: (ms: number) => string;
}

/** What a check module's function receives besides the learner's exports. */
export interface CheckKit {
  /** Passes unless `fn` throws; the thrown message is shown. */
  check(name: string, fn: () => unknown): Promise<void>;
  /** Passes when `actual` deep-equals `expected` (JSON comparison). */
  equal(name: string, actual: unknown, expected: unknown): void;
  /**
   * Times both versions (alternating, after one untimed call of each) with a reference
   * workload between them, and passes when the parallel one is fast enough for what the
   * machine delivers right now; inconclusive when even the reference cannot speed up.
   * Resolves to the status it recorded, for checks that depend on it.
   */
  speedup(name: string, options: SpeedupOptions): Promise<CheckResult["status"]>;
  /**
   * A duration within bounds. Over `atMost`, it measures again (best of three) and then
   * how late timers run right now: inconclusive when that lateness explains the excess.
   */
  timing(name: string, options: TimingOptions): Promise<void>;
  /** Cores the reader's browser reports. */
  readonly cores: number;
}

/** The default export of a `*.check.ts` module beside a lesson. */
export type Checks<Learner = Record<string, unknown>> = (
  learner: Learner,
  t: CheckKit,
) => Promise<void> | void;

/** Typed helper for check modules: `export default defineChecks<Exports>(async (learner, t) => …)`. */
export function defineChecks<Learner = Record<string, unknown>>(
  checks: Checks<Learner>,
): Checks<Learner> {
  return checks;
}

const fmt = (x: number) => `${x.toFixed(2)}×`;
/** Below this share of the ideal gain on the reference, the cores are too busy to judge. */
export const BUSY_GAIN = 0.5;
/**
 * Runs of the same code further apart than this (slowest / fastest) were slowed by something
 * else: on shared machines a neighbour can take a core for a moment, unseen by the page.
 */
export const NOISY_SPREAD = 1.3;

export function createCheckKit(
  cores: number,
  now: () => number = () => performance.now(),
  probe?: MachineProbe,
) {
  const results: CheckResult[] = [];
  const record = (name: string, status: CheckResult["status"], message: string) => {
    results.push({ name, status, message });
    return status;
  };
  const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

  const kit: CheckKit = {
    cores,
    async check(name, fn) {
      try {
        await fn();
        record(name, "passed", "");
      } catch (e) {
        record(name, "failed", describe(e));
      }
    },
    equal(name, actual, expected) {
      const a = JSON.stringify(actual);
      const b = JSON.stringify(expected);
      if (a === b) record(name, "passed", "");
      else record(name, "failed", `expected ${clip(b)}, got ${clip(a)}`);
    },
    async speedup(name, options) {
      const { atLeast, runs = 3, parallelFraction = 1, minCores = 2 } = options;
      const ideal = amdahl(cores, parallelFraction);
      if (cores < minCores) {
        return record(
          name,
          "skipped",
          `Your browser reports ${cores} core${cores === 1 ? "" : "s"}: no parallel speedup is possible here (Amdahl's ideal is ${fmt(ideal)}), so this check cannot be passed on this machine.`,
        );
      }
      const serial: number[] = [];
      const parallel: number[] = [];
      const reference: number[] = [];
      try {
        // One untimed call of each first: engines optimise hot code after a few
        // calls, and the first version timed should not pay for it alone.
        await options.serial();
        await options.parallel();
        for (let i = 0; i < runs; i++) {
          serial.push(await time(options.serial, now));
          parallel.push(await time(options.parallel, now));
          // Between the two, so load that comes and goes hits all three alike.
          if (probe) reference.push(await probe.parallelism(cores));
        }
      } catch (e) {
        return record(name, "failed", describe(e));
      }
      // Best of the runs: other programs only ever slow code down, so the fastest run is the
      // closest to what the code itself costs; a wrong version's best is no better than serial's.
      const speedup = Math.min(...serial) / Math.min(...parallel);
      const measured = `best-run speedup ${fmt(speedup)} over ${runs} runs`;
      const amdahlText =
        options.showIdeal === false
          ? `${cores} cores`
          : `Amdahl's ideal on your ${cores} cores: ${fmt(ideal)}`;
      if (!probe) {
        const passed = speedup >= atLeast;
        const hint = !passed && options.hint ? ` ${options.hint}` : "";
        return record(
          name,
          passed ? "passed" : "failed",
          `${measured} (needed ≥ ${fmt(atLeast)}; ${amdahlText}).${hint}`,
        );
      }
      // What the machine delivered at best while the runs went on.
      const delivered = Math.max(...reference);
      const gain = Math.min(1, Math.max(0, (delivered - 1) / (cores - 1)));
      const machine = `a reference workload that parallelises perfectly reached ${fmt(delivered)} of the ${fmt(cores)} your ${cores} cores allow`;
      // Judge against what the machine delivers now: a bar scaled by the reference's gain.
      const needed = 1 + (atLeast - 1) * gain;
      const noisiest = spreadOf(serial) >= spreadOf(parallel) ? serial : parallel;
      if (speedup >= atLeast || (gain >= BUSY_GAIN && speedup >= needed)) {
        const bar = speedup >= atLeast ? fmt(atLeast) : `${fmt(needed)}, since ${machine}`;
        return record(name, "passed", `${measured} (needed ≥ ${bar}; ${amdahlText})`);
      } else if (gain < BUSY_GAIN) {
        return record(
          name,
          "inconclusive",
          `${measured}, but your cores are busy: ${machine}, so no code could show its speedup right now. Close other tabs and programs, then check again.`,
        );
      } else if (spreadOf(noisiest) > NOISY_SPREAD) {
        return record(
          name,
          "inconclusive",
          `${measured} (needed ≥ ${fmt(needed)}), but the same code took from ${Math.round(Math.min(...noisiest))} to ${Math.round(Math.max(...noisiest))} ms from run to run, so something else was using your cores meanwhile. Close other tabs and programs, then check again.`,
        );
      } else {
        const hint = options.hint ? ` ${options.hint}` : "";
        return record(
          name,
          "failed",
          `${measured} (needed ≥ ${fmt(needed)}, since ${machine}; ${amdahlText}).${hint}`,
        );
      }
    },
    async timing(name, options) {
      const { atMost = Infinity, atLeast = -Infinity, explain } = options;
      let ms = NaN;
      try {
        for (let attempt = 0; attempt < 3; attempt++) {
          ms = await options.measure();
          if (ms < atLeast) {
            record(name, "failed", explain(ms));
            return;
          }
          if (ms <= atMost) {
            record(name, "passed", "");
            return;
          }
        }
      } catch (e) {
        record(name, "failed", describe(e));
        return;
      }
      const late = probe ? await probe.timerLateness(Math.min(Math.max(atMost, 100), 1000)) : 0;
      // Timers on a busy page run late by about this much; a correct value runs late with them.
      if (ms - atMost <= late * 1.5 + 5) {
        record(
          name,
          "inconclusive",
          `${Math.round(ms)} ms, over the ${Math.round(atMost)} ms limit three times, but timers on this page are running up to ${Math.round(late)} ms late right now: the machine is busy. Close other tabs and programs, then check again.`,
        );
        return;
      }
      record(name, "failed", explain(ms));
    },
  };
  return { kit, results };
}

/** Slowest over fastest of one version's runs. */
function spreadOf(ms: readonly number[]): number {
  return Math.max(...ms) / Math.max(Math.min(...ms), 1e-6);
}

async function time(fn: () => unknown, now: () => number): Promise<number> {
  const start = now();
  await fn();
  return now() - start;
}

function clip(text: string | undefined): string {
  const t = text ?? "undefined";
  return t.length > 120 ? `${t.slice(0, 117)}…` : t;
}
