import { MODE_LABELS, type RunResult, type TaskTrace } from "../../runtime/index.ts";

export function formatMs(ms: number): string {
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatSpeedup(speedup: number | undefined): string {
  return speedup === undefined ? "—" : `${speedup.toFixed(2)}×`;
}

/** The line under the output: wall time and where it ran. */
const STATE_WORDS: Record<RunResult["status"], string> = {
  finished: "Done in",
  failed: "Failed after",
  cancelled: "Stopped after",
};

export function summaryLine(run: RunResult): string {
  const state = STATE_WORDS[run.status];
  // Modes only decide how map() and pools run tasks: with none, every mode is the main thread.
  if (run.tasks === 0 && run.mode !== "serial" && run.status === "finished")
    return `${state} ${formatMs(run.wallMs)} · main thread: this code gives map() and pools no tasks, so "Run on" changes nothing`;
  const where =
    run.mode === "pool" ? `${MODE_LABELS.pool} × ${run.workers}` : MODE_LABELS[run.mode];
  return `${state} ${formatMs(run.wallMs)} · ${where}`;
}

/**
 * A sentence for screen readers describing the timeline, e.g.
 * "8 tasks on 2 workers, 1.71× faster than serial".
 */
export function timelineSummary(
  tasks: readonly TaskTrace[],
  run: Pick<RunResult, "wallMs"> | undefined,
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
