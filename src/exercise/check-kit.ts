import { amdahl, median } from "./amdahl.ts";

/** One line of an exercise's verdict. */
export interface CheckResult {
  name: string;
  status: "passed" | "failed" | "skipped";
  message: string;
}

export interface SpeedupOptions {
  /** The baseline: the learner's serial version, or one written in the check. */
  serial: () => unknown;
  /** The learner's parallel version. */
  parallel: () => unknown;
  /** Lowest acceptable median speedup, serial / parallel. */
  atLeast: number;
  /** Timed runs of each version (alternating); the median is compared. Default 3. */
  runs?: number;
  /** Share of the work that can run in parallel, for the Amdahl ideal shown. Default 1. */
  parallelFraction?: number;
  /** Skip (rather than fail) when the machine has fewer cores than this. Default 2. */
  minCores?: number;
}

/** What a check module's function receives besides the learner's exports. */
export interface CheckKit {
  /** Passes unless `fn` throws; the thrown message is shown. */
  check(name: string, fn: () => unknown): Promise<void>;
  /** Passes when `actual` deep-equals `expected` (JSON comparison). */
  equal(name: string, actual: unknown, expected: unknown): void;
  /** Times both versions and passes when the parallel one is fast enough. */
  speedup(name: string, options: SpeedupOptions): Promise<void>;
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

export function createCheckKit(cores: number, now: () => number = () => performance.now()) {
  const results: CheckResult[] = [];
  const record = (name: string, status: CheckResult["status"], message: string) =>
    results.push({ name, status, message });
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
        record(
          name,
          "skipped",
          `Your browser reports ${cores} core${cores === 1 ? "" : "s"}: no parallel speedup is possible here (Amdahl's ideal is ${fmt(ideal)}), so this check cannot be passed on this machine.`,
        );
        return;
      }
      const serial: number[] = [];
      const parallel: number[] = [];
      try {
        // One untimed call of each first: engines optimise hot code after a few
        // calls, and the first version timed should not pay for it alone.
        await options.serial();
        await options.parallel();
        for (let i = 0; i < runs; i++) {
          serial.push(await time(options.serial, now));
          parallel.push(await time(options.parallel, now));
        }
      } catch (e) {
        record(name, "failed", describe(e));
        return;
      }
      const speedup = median(serial) / median(parallel);
      const message = `median speedup ${fmt(speedup)} over ${runs} runs (needed ≥ ${fmt(atLeast)}; Amdahl's ideal on your ${cores} cores: ${fmt(ideal)})`;
      record(name, speedup >= atLeast ? "passed" : "failed", message);
    },
  };
  return { kit, results };
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
