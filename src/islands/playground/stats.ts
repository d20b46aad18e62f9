import type { Mode, RunSummary, TaskTrace } from "../../runtime/types.ts";

export const MODE_LABELS: Record<Mode, string> = {
  serial: "Main thread — serial",
  concurrent: "Main thread — concurrent",
  pool: "Worker pool",
};

export interface CompareRow {
  mode: Mode;
  label: string;
  workers: number | undefined;
  wallMs: number;
  ok: boolean;
  /** wall(serial) / wall(this); undefined without a serial run to compare with. */
  speedup: number | undefined;
}

/** Rows of the Compare table, speedups against the serial run. */
export function compareRows(runs: readonly RunSummary[]): CompareRow[] {
  const serial = runs.find((r) => r.mode === "serial" && r.ok);
  return runs.map((r) => ({
    mode: r.mode,
    label: MODE_LABELS[r.mode],
    workers: r.mode === "pool" ? r.workers : undefined,
    wallMs: r.wallMs,
    ok: r.ok,
    speedup: serial && r.ok && r.wallMs > 0 ? serial.wallMs / r.wallMs : undefined,
  }));
}

export function formatMs(ms: number): string {
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatSpeedup(speedup: number | undefined): string {
  return speedup === undefined ? "—" : `${speedup.toFixed(2)}×`;
}

/** The line under the output: wall time and where it ran. */
export function summaryLine(run: RunSummary): string {
  const where =
    run.mode === "pool" ? `${MODE_LABELS.pool} × ${run.workers}` : MODE_LABELS[run.mode];
  const state = run.cancelled ? "Stopped after" : run.ok ? "Done in" : "Failed after";
  return `${state} ${formatMs(run.wallMs)} · ${where}`;
}

/**
 * A sentence for screen readers describing the timeline, e.g.
 * "8 tasks on 2 workers, 1.71× faster than serial".
 */
export function timelineSummary(
  tasks: readonly TaskTrace[],
  run: Pick<RunSummary, "wallMs"> | undefined,
  serialWallMs: number | undefined,
): string {
  if (!tasks.length) return "No tasks were traced in this run.";
  const lanes = new Set(tasks.map((t) => t.lane));
  const workers = [...lanes].filter((l) => l !== "main").length;
  const where = workers
    ? `${workers} worker${workers === 1 ? "" : "s"}${lanes.has("main") ? " and the main thread" : ""}`
    : "the main thread";
  let text = `${tasks.length} task${tasks.length === 1 ? "" : "s"} on ${where}`;
  if (run && serialWallMs && run.wallMs > 0) {
    const ratio = serialWallMs / run.wallMs;
    text +=
      ratio >= 1
        ? `, ${ratio.toFixed(2)}× faster than serial`
        : `, ${(1 / ratio).toFixed(2)}× slower than serial`;
  }
  return `${text}.`;
}
