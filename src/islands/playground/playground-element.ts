import type { Verdict } from "../../exercise/check-kit.ts";
import { DEFAULT_BUDGET_MS, type Mode, type Parallelism } from "../../runtime/index.ts";
import { CodePanel } from "./code-panel.ts";
import type { FilesJson } from "./files/files-parts.ts";
import type { CellsJson } from "./cells/cell-runs.ts";
import { filesKit } from "./files-kit.ts";
import { lazyPrediction, lazySolution } from "./lazy-parts.ts";
import { EventLoopToggle } from "./event-loop-toggle.ts";
import { PlaygroundViews } from "./playground-views.ts";
import { RunController, type Compiles, type Program, type RunOutcome } from "./run-controller.ts";
import type { RunSettings, RuntimeRuns } from "./run-controller.ts";
import { pageRuntime, startThreadsAhead } from "./runtime.ts";
import type { PanelClass, Source, SourcePanel } from "./source-panel.ts";
import { TypeReport } from "./type-report.ts";
import { part } from "./markup-part.ts";
import { workersFrom } from "./workers-input.ts";
import { wireOnUse } from "./wire-on-use.ts";

/**
 * `<looplab-playground>`: wires the server-rendered controls to the code panel, the run
 * controller and the views. The code is readable before this runs; the editor and
 * compiler load on demand.
 */
export class PlaygroundElement extends HTMLElement {
  #panel!: SourcePanel<Source>;
  #runs!: RunController<Source, unknown>;
  #views!: PlaygroundViews;
  #loop!: EventLoopToggle;
  #types!: TypeReport<Source>;
  #predict!: { update(): void };

  get playgroundId(): string {
    return this.dataset.id ?? "";
  }

  /** The code as the reader has it now: a snippet's text or a program (for tools and tests). */
  get code(): Source | undefined {
    return this.#panel?.code;
  }

  connectedCallback(): void {
    if (this.#panel) return;
    const json = part(this, "script[data-program]").textContent ?? "{}";
    const data = JSON.parse(json) as Program | FilesJson | CellsJson;
    // Only a playground with several files loads their tabs and editor code.
    if ("program" in data)
      wireOnUse(this, () =>
        import("./files/files-parts.ts").then((m) => this.wire(...m.filesParts(data, filesKit))),
      );
    else if ("cells" in data)
      // A snippet that imports cells (#id) loads how to run with them.
      void import("./cells/cell-runs.ts").then((m) => {
        const files = Object.keys(data.cells);
        this.wire(data, CodePanel, (runs) => m.cellRuns(runs, pageRuntime(), data.cells, this));
        m.watchCells(this, files, (text) =>
          text ? this.#panel.notice(text, "cells") : this.#panel.hideNotice("cells"),
        );
      });
    else this.wire(data, CodePanel, (runtime) => runtime);
  }

  private wire<S extends Source, C>(
    program: Program<S, C>,
    Panel: PanelClass<S>,
    compiles: (runtime: RuntimeRuns) => Compiles<S, C>,
  ): void {
    const runtime = pageRuntime();
    this.#loop = new EventLoopToggle(this, { highlight: (l) => this.#panel.highlightLine(l) });
    const runs = new RunController(compiles(this.#loop.runtime(runtime)), program, {
      id: this.playgroundId,
      budgetMs: Number(this.dataset.budget) || DEFAULT_BUDGET_MS,
    });
    const panel = new Panel(this, this.playgroundId, program.source, {
      onRun: () => void this.run(),
      onPause: (code) => {
        void runs.compile(code).catch(() => {});
        void types.check(code).then((e) => e && panel.showTypeErrors(code, e));
      },
      onEditStart: () => runtime.warmCompiler(),
    });
    this.#views = new PlaygroundViews(
      this,
      {
        jumpTo: (position) => panel.jumpTo(position),
        setMarkers: (diagnostics) => panel.setMarkers(diagnostics),
        serialWall: () => runs.serialWall(),
        history: () => runs.history,
      },
      runtime.cores,
    );
    // Only this panel's code is ever checked.
    const types = new TypeReport<Source>(this.#views.output, (c) => panel.typeErrors(c as S));
    [this.#runs, this.#panel, this.#types] = [runs, panel, types];
    this.#predict = lazyPrediction(this, () => runs.history);
    this.setupControls(runtime.cores);
    panel.restore();
    startThreadsAhead(this);
    this.dataset.ready = "true";
  }

  private button(action: string): HTMLButtonElement {
    return part(this, `button[data-action="${action}"]`);
  }

  private setupControls(cores: number): void {
    const workers = part<HTMLInputElement>(this, "input[data-workers]");
    workers.max = String(cores * 2);
    if (!workers.value) workers.value = String(cores);
    part(this, "[data-context]").textContent =
      `${cores} core${cores === 1 ? "" : "s"} · isolation ${self.crossOriginIsolated ? "on" : "off"}`;
    const on = (action: string, handler: () => unknown) =>
      this.button(action).addEventListener("click", () => void handler());
    on("run", () => this.run());
    on("stop", () => this.stop());
    on("compare", () => this.compare());
    on("reset", () => this.#panel.reset());
    on("share", async () =>
      (await import("./share-link.ts")).shareLink(this, this.#panel, this.#views),
    );
    // Edit, and clicks and keys on the code, are the code panel's.
    if (this.dataset.check) {
      on("check", () => this.checkExercise());
      lazySolution(this, this.#panel);
    }
  }

  private settings(mode?: Mode): RunSettings {
    const cores = pageRuntime().cores;
    const input = part<HTMLInputElement>(this, "input[data-workers]");
    const { workers, note } = workersFrom(input.value, cores);
    if (note) this.#views.output.system(note);
    input.value = String(workers);
    return {
      mode: mode ?? (part<HTMLSelectElement>(this, "select[data-mode]").value as Mode),
      workers,
    };
  }

  /** Runs the current code once, in the chosen mode unless told otherwise. */
  async run(
    mode?: Mode,
    { clear = true, afterBody }: Pick<RunSettings, "afterBody"> & { clear?: boolean } = {},
  ): Promise<RunOutcome> {
    // Save before anything runs: a page that dies mid-run must not lose the edit.
    if (this.#panel.edited) this.#panel.persist();
    this.#views.setRunning(true);
    if (clear) this.#views.output.clear();
    this.#panel.hideNotice("shared");
    const compileStart = performance.now();
    // Runs the reader starts are recorded while the Event loop view is on; Check runs are not.
    if (!afterBody && this.#loop.on) await this.#loop.arm();
    const settings = { ...this.settings(mode), ...(afterBody ? { afterBody } : {}) };
    const listener = this.#views.listener();
    const code = this.#panel.code;
    const outcome = await this.#runs
      .run(code, settings, {
        ...listener,
        onStart: (m, w) => {
          // Visible in the browser's performance panel, and read by the page benchmark.
          performance.measure("looplab:compile", { start: compileStart });
          listener.onStart?.(m, w);
          this.#types.runStarted(code, code !== this.#panel.original);
        },
      })
      .finally(() => this.#loop.disarm());
    this.#types.runEnded();
    this.#predict.update();
    return outcome;
  }

  stop(): void {
    this.#runs.stop();
  }

  /** Runs the code in every mode, round after round, and tabulates the figures. */
  async compare(): Promise<void> {
    if (this.#panel.edited) this.#panel.persist();
    this.#types.runStarted(this.#panel.code, this.#panel.edited);
    const { workers } = this.settings();
    const { runCompare } = await import("./compare-run.ts");
    await runCompare(this.#runs, this.#views, this.#panel.code, workers, pageRuntime().cores);
    this.#types.runEnded();
    this.#predict.update();
  }

  /** Runs the code with the exercise's hidden checks against its exports. */
  async checkExercise(): Promise<Verdict | undefined> {
    const key = this.dataset.check;
    if (!key) return undefined;
    const { checkAndShow } = await import("./exercise-check-run.ts");
    return checkAndShow(this, key, pageRuntime(), (afterBody) =>
      this.run(undefined, { afterBody }),
    );
  }

  /** What this machine delivers on perfectly parallel work right now (for tools and tests). */
  async measureParallelism(workers?: number): Promise<Parallelism> {
    return pageRuntime().measureParallelism(workers);
  }
}
