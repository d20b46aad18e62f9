import { amdahl, median } from "../../exercise/amdahl.ts";
import {
  MODE_LABELS,
  MODES,
  type Mode,
  type RunResult,
  type TaskTrace,
} from "../../runtime/index.ts";

/** One run of Compare, with what the page measured around it. */
export interface CompareSample {
  result: RunResult;
  /** Longest the main thread went without a frame during the run, in ms. */
  blockedMs: number;
  tasks: readonly TaskTrace[];
}

export interface CompareRow {
  mode: Mode;
  label: string;
  /** Pool size (pool mode only). */
  workers: number | undefined;
  runs: number;
  /** A run of this mode did not finish: no figures. */
  failed: boolean;
  /** The reader stopped one of its runs: not a failure of the code. */
  stopped: boolean;
  median: number;
  min: number;
  max: number;
  /** median(serial) / median(this). */
  speedup: number | undefined;
  /** The best speedup this machine allows for this code (pool only); an upper bound. */
  ideal: number | undefined;
  blockedMs: number;
}

export interface CompareTable {
  rows: CompareRow[];
  /** Results that break the expected pattern, and what they mean. */
  notes: string[];
}

/** Above this many times the ideal, a speedup is a measurement to distrust. */
const ABOVE_IDEAL = 1.05;
/** Runs of one mode further apart than this (max / min) were disturbed. */
const NOISY = 1.25;

type Done = Extract<TaskTrace, { state: "done" }>;
const done = (ts: readonly TaskTrace[]) => ts.filter((t): t is Done => t.state === "done");

/**
 * What a serial run says about the code: the share of its time spent in tasks (the part
 * that can run in parallel), the longest task (no pool finishes before it), and how much
 * of the task time was computing rather than waiting.
 */
export function workShape(sample: CompareSample) {
  const tasks = done(sample.tasks);
  const inTasks = tasks.reduce((s, t) => s + (t.end - t.start), 0);
  const computing = tasks.reduce((s, t) => s + (t.syncEnd - t.start), 0);
  const wall = Math.max(sample.result.wallMs, 1e-6);
  return {
    tasks: tasks.length,
    parallelFraction: Math.min(1, inTasks / wall),
    longestTask: Math.max(0, ...tasks.map((t) => t.end - t.start)),
    computingFraction: inTasks > 0 ? computing / inTasks : 0,
  };
}

/**
 * The best pool speedup possible for this work on `cores`: Amdahl's law with the serial
 * run's own serial part, capped by the longest task (the critical path) and by how many
 * tasks there are. `navigator.hardwareConcurrency` counts hyperthreads and efficiency
 * cores, so this is an upper bound.
 */
export function idealSpeedup(serial: CompareSample, workers: number, cores: number): number {
  const shape = workShape(serial);
  const wall = serial.result.wallMs;
  const n = Math.max(1, Math.min(workers, cores, shape.tasks || 1));
  const byAmdahl = amdahl(n, shape.parallelFraction);
  const serialPart = (1 - shape.parallelFraction) * wall;
  const byCriticalPath = wall / Math.max(serialPart + shape.longestTask, 1e-6);
  return Math.max(1, Math.min(byAmdahl, byCriticalPath));
}

export function compareTable(
  samples: ReadonlyMap<Mode, readonly CompareSample[]>,
  cores: number,
  isolated = true,
): CompareTable {
  const notes: string[] = [];
  if (!isolated)
    notes.push(
      "This page is not cross-origin isolated, so code on the main thread checks the clock to be stoppable instead of reading a flag in shared memory: main-thread figures read slower than the same code in a worker. See the isolation status at the foot of the page.",
    );
  const serialSamples = samples.get("serial") ?? [];
  const serialOk = serialSamples.filter((s) => s.result.status === "finished");
  const serialMedian = serialOk.length ? median(serialOk.map((s) => s.result.wallMs)) : undefined;
  const typicalSerial = serialOk.find((s) => s.result.wallMs >= (serialMedian ?? 0)) ?? serialOk[0];
  const rows = MODES.filter((m) => samples.has(m)).map((mode): CompareRow => {
    const runs = samples.get(mode) ?? [];
    const walls = runs.map((s) => s.result.wallMs);
    const failed = runs.some((s) => s.result.status !== "finished");
    const mid = median(walls);
    const workers = mode === "pool" ? runs[0]?.result.workers : undefined;
    const speedup = !failed && serialMedian && mid > 0 ? serialMedian / mid : undefined;
    const ideal =
      mode === "pool" && typicalSerial && workers
        ? idealSpeedup(typicalSerial, workers, cores)
        : undefined;
    if (
      !failed &&
      walls.length > 1 &&
      Math.max(...walls) / Math.max(Math.min(...walls), 1e-6) > NOISY
    )
      notes.push(
        `${MODE_LABELS[mode]}: runs varied from ${Math.round(Math.min(...walls))} to ${Math.round(Math.max(...walls))} ms, more than run-to-run noise: something else was using the machine. Press Compare again.`,
      );
    if (speedup !== undefined && ideal !== undefined && speedup > ideal * ABOVE_IDEAL)
      notes.push(
        `${MODE_LABELS[mode]}: ${speedup.toFixed(2)}× is more than ${ideal.toFixed(2)}×, the most ${Math.min(workers ?? 1, cores)} cores allow for this code. Distrust it: usually the serial runs were slowed (garbage collection, the engine still optimising the code, or load on the machine), not the pool sped up.`,
      );
    return {
      mode,
      label: MODE_LABELS[mode],
      workers,
      runs: runs.length,
      failed,
      stopped: runs.some((s) => s.result.status === "cancelled"),
      median: mid,
      min: Math.min(...walls),
      max: Math.max(...walls),
      speedup,
      ideal,
      blockedMs: median(runs.map((s) => s.blockedMs)),
    };
  });
  const shape = typicalSerial ? workShape(typicalSerial) : undefined;
  if (shape && shape.tasks === 0)
    notes.push(
      "This code gives no tasks to map() or a pool, so every mode ran it the same way, on the main thread: the modes differ only by noise.",
    );
  const concurrent = rows.find((r) => r.mode === "concurrent");
  if (shape && shape.tasks > 0 && shape.computingFraction > 0.8 && concurrent?.speedup) {
    if (concurrent.speedup < 0.8 || concurrent.speedup > 1.25)
      notes.push(
        `Main thread — concurrent: these tasks compute rather than wait, and one thread computes at one speed however the tasks are interleaved, so ${concurrent.speedup.toFixed(2)}× against serial is noise or engine warm-up, not an effect of concurrency.`,
      );
  }
  return { rows, notes };
}
