import {
  MODE_LABELS,
  type Diagnostic,
  type Mode,
  type RunResult,
  type SourcePosition,
  type TaskTrace,
} from "../../runtime/index.ts";
import type { CompareSample } from "./compare-stats.ts";
import { compileErrorEntries, errorMarkers, runErrorEntry } from "./error-display.ts";
import { ResponsivenessMeter } from "./meter.ts";
import { OutputView } from "./output-view.ts";
import { renderHistory } from "./panel-views.ts";
import type { RunListener, RunOutcome } from "./run-controller.ts";
import { summaryLine, timelineSummary } from "./stats.ts";
import { TimelineView, type TimelineRun } from "./timeline-view.ts";
import { part } from "./markup-part.ts";

/** Where the views send what the code panel must show (error markers, jumps to a line). */
export interface ViewHooks {
  jumpTo(position: SourcePosition): void;
  setMarkers(diagnostics: Diagnostic[]): void;
  /** Wall time of the latest serial run, for the timeline's speedup sentence. */
  serialWall(): number | undefined;
  history(): readonly RunResult[];
}

/** The parts of a playground that show runs: output, timeline, meter, history, Compare, checks. */
export class PlaygroundViews {
  readonly output: OutputView;
  readonly #timeline: TimelineView;
  readonly #meter: ResponsivenessMeter;
  /** What the page measured around each run (for Compare), by run id. */
  readonly #measured = new Map<string, { blockedMs: number; tasks: TaskTrace[] }>();

  constructor(
    private readonly root: HTMLElement,
    private readonly hooks: ViewHooks,
    cores: number,
  ) {
    this.output = new OutputView(part(root, "[data-output]"), (p) => hooks.jumpTo(p));
    this.#timeline = new TimelineView(
      part(root, "[data-timeline]"),
      part(root, "[data-timeline-caption]"),
      cores,
    );
    this.#meter = new ResponsivenessMeter(
      part(root, "[data-meter-dot]"),
      part(root, "[data-meter-figure]"),
      (now) => this.#timeline.tick(now),
    );
  }

  setRunning(running: boolean): void {
    this.root.toggleAttribute("data-running", running);
    part<HTMLButtonElement>(this.root, 'button[data-action="stop"]').disabled = !running;
    this.status(running ? "Running…" : "");
  }

  status(text: string): void {
    part(this.root, "[data-status]").textContent = text;
  }

  /** Feeds one run's progress into the views. */
  listener(): RunListener {
    return {
      onStart: (mode) => {
        this.hooks.setMarkers([]);
        this.#timeline.reset(mode === "pool" ? [] : ["main"]);
        this.#meter.start();
      },
      onLog: (lines) => this.output.push(lines),
      onTask: (task) => this.#timeline.update(task),
      onEnd: (outcome) => this.ended(outcome),
    };
  }

  private ended(outcome: RunOutcome): void {
    if (outcome.kind === "superseded") return; // the newer run owns the views now
    if (outcome.kind === "compile-error") {
      this.output.push(compileErrorEntries(outcome.diagnostics));
      this.hooks.setMarkers(outcome.diagnostics);
      this.lastRun({ mode: outcome.mode, ok: false, compileErrors: outcome.diagnostics });
      this.setRunning(false);
      return;
    }
    const { result } = outcome;
    const blocked = this.#meter.stop();
    this.output.flush();
    if (result.status === "failed") {
      this.output.push([runErrorEntry(result.error)]);
      this.hooks.setMarkers(errorMarkers(result.error));
    }
    this.#measured.set(result.runId, { blockedMs: blocked, tasks: this.#timeline.tasks });
    this.output.system(
      `${summaryLine(result)} · main thread blocked: longest ${Math.round(blocked)} ms`,
    );
    // blockedMs: read by the "predict, then measure" panel (prediction.ts).
    this.lastRun({ ...lastRunData(result), blockedMs: Math.round(blocked) });
    this.#timeline.finish(
      result.wallMs,
      result.lanes,
      timelineSummary(this.#timeline.tasks, result, this.hooks.serialWall()),
    );
    renderHistory(part(this.root, "[data-history]"), this.hooks.history());
    part<HTMLElement>(this.root, "[data-history-box]").hidden = false;
    this.setRunning(false);
  }

  /** For readers' tools and the content check: the last run, as data. */
  private lastRun(data: object): void {
    this.root.dataset.lastRun = JSON.stringify(data);
  }

  compareHeading(mode: Mode, round: string): void {
    this.output.system(`— ${MODE_LABELS[mode]} (${round}) —`);
    this.status(`Comparing: ${MODE_LABELS[mode]}, ${round}…`);
  }

  /** A finished run with what the page measured around it. */
  sample(result: RunResult): CompareSample {
    const measured = this.#measured.get(result.runId);
    return { result, blockedMs: measured?.blockedMs ?? 0, tasks: measured?.tasks ?? [] };
  }

  /** Where Compare draws its table (compare-run.ts, loaded on the first Compare). */
  get compareBox(): HTMLElement {
    return part(this.root, "[data-compare]");
  }

  /** The last round of Compare: its timelines stacked on one time axis. */
  showCompareRuns(lastRound: readonly CompareSample[]): void {
    const runs: TimelineRun[] = lastRound.map(({ result, tasks }) => ({
      label: MODE_LABELS[result.mode],
      tasks: [...tasks],
      lanes: result.mode === "pool" ? result.lanes : ["main", ...result.lanes],
      wallMs: result.wallMs,
    }));
    this.#timeline.showRuns(runs, "The last round of Compare: every mode on one time axis.");
    this.#measured.clear();
  }
}

function lastRunData(r: RunResult) {
  const error = r.status === "failed" ? r.error : undefined;
  return {
    status: r.status,
    mode: r.mode,
    workers: r.workers,
    ok: r.status === "finished",
    cancelled: r.status === "cancelled",
    wallMs: r.wallMs,
    ...(error
      ? { error: { message: error.message, line: error.loc?.line, column: error.loc?.column } }
      : {}),
  };
}
