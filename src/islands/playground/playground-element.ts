import type { EditorHandle } from "../../editor/types.ts";
import {
  compileInBrowser,
  hardwareConcurrency,
  prespawn,
  run,
  warmCompiler,
} from "../../runtime/index.ts";
import type { CheckResult } from "../../exercise/check-kit.ts";
import { markPassed } from "../../exercise/progress.ts";
import type {
  CompileResult,
  Mode,
  RunHandle,
  RunRequest,
  RunSummary,
} from "../../runtime/types.ts";
import { renderCompare } from "./compare-view.ts";
import { trackEditor, touchEditor, untrackEditor } from "./editor-slot.ts";
import { ResponsivenessMeter } from "./meter.ts";
import { renderChecks, renderHistory, renderNotice } from "./panel-views.ts";
import { OutputView } from "./output-view.ts";
import { clearEdit, editKey, loadEdit, saveEdit } from "./storage.ts";
import { MODE_LABELS, summaryLine, timelineSummary } from "./stats.ts";
import { TimelineView } from "./timeline-view.ts";

/** What the server embeds: the original source and its build-time compilation. */
interface Program {
  source: string;
  compiled: CompileResult;
}

const SAVE_DELAY_MS = 250;
const MODES: Mode[] = ["serial", "concurrent", "pool"];

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`playground markup lacks ${selector}`);
  return found;
}

/**
 * `<looplab-playground>`: wires the server-rendered controls to the runtime.
 * The code is readable before this runs; the editor and compiler load on demand.
 */
export class PlaygroundElement extends HTMLElement {
  #program!: Program;
  #key = "";
  #code = "";
  #editor: EditorHandle | undefined;
  #editorLoading: Promise<EditorHandle> | undefined;
  #handle: RunHandle | undefined;
  #saveTimer = 0;
  #history: RunSummary[] = [];
  #output!: OutputView;
  #timeline!: TimelineView;
  #meter!: ResponsivenessMeter;

  get playgroundId(): string {
    return this.dataset.id ?? "";
  }

  connectedCallback(): void {
    if (this.#program) return;
    this.#program = JSON.parse(part(this, "script[data-program]").textContent ?? "{}") as Program;
    this.#key = editKey(location.pathname, this.playgroundId);
    this.#code = this.#program.source;
    this.#output = new OutputView(part(this, "[data-output]"), (l, c) => void this.jumpTo(l, c));
    this.#timeline = new TimelineView(
      part(this, "[data-timeline]"),
      part(this, "[data-timeline-caption]"),
    );
    this.#meter = new ResponsivenessMeter(
      part(this, "[data-meter-dot]"),
      part(this, "[data-meter-figure]"),
    );
    this.setupControls();
    this.restore();
    this.dataset.ready = "true";
  }

  private get modeSelect(): HTMLSelectElement {
    return part(this, "select[data-mode]");
  }
  private get workersInput(): HTMLInputElement {
    return part(this, "input[data-workers]");
  }
  private button(action: string): HTMLButtonElement {
    return part(this, `button[data-action="${action}"]`);
  }

  private setupControls(): void {
    const cores = hardwareConcurrency();
    const workers = this.workersInput;
    workers.max = String(cores * 2);
    if (!workers.value) workers.value = String(Math.min(cores, cores * 2));
    part(this, "[data-context]").textContent =
      `${cores} core${cores === 1 ? "" : "s"} · isolation ${self.crossOriginIsolated ? "on" : "off"}`;
    this.button("run").addEventListener("click", () => void this.run());
    this.button("stop").addEventListener("click", () => this.stop());
    this.button("compare").addEventListener("click", () => void this.compare());
    this.button("reset").addEventListener("click", () => this.reset());
    this.button("share").addEventListener("click", () => void this.share());
    this.button("edit").addEventListener("click", () => void this.edit(true));
    if (this.dataset.check)
      this.button("check").addEventListener("click", () => void this.checkExercise());
    const code = part<HTMLElement>(this, "[data-code]");
    code.addEventListener("click", () => void this.edit(true));
    code.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && e.target === code.querySelector("pre:not([hidden])"))
        void this.edit(true);
    });
    // Fetch the editor while the pointer is on its way.
    code.addEventListener(
      "pointerenter",
      () => void import("../../editor/index.ts").then((m) => m.preloadMonaco()),
      {
        once: true,
      },
    );
    // Workers take 10–20 ms each to start: spawn them while the reader reads.
    if ("requestIdleCallback" in self) requestIdleCallback(() => prespawn(cores));
    else setTimeout(() => prespawn(cores), 200);
  }

  /** Shared code from the link, or a saved edit, replaces the original on load. */
  private restore(): void {
    if (location.hash.startsWith(`#${this.playgroundId}:`)) {
      void this.restoreShared();
      return;
    }
    const state = loadEdit(localStorage, this.#key, this.#program.source);
    if (state.kind === "original") return;
    this.showCode(state.edit.code, true);
    if (state.originalChanged) {
      this.notice("This example was updated since you edited it. Your edit is kept.", "updated", {
        label: "Load the new original",
        run: () => this.restoreOriginal(),
      });
    }
  }

  /** Shared code is shown, never run: the reader reads it and decides. */
  private notice(text: string, kind: string, action?: { label: string; run: () => void }) {
    renderNotice(part<HTMLElement>(this, "[data-notice]"), text, kind, action);
  }

  private async restoreShared(): Promise<void> {
    // lz-string is only fetched for pages opened from a share link.
    const { sharedCodeFor } = await import("./share.ts");
    const code = sharedCodeFor(location.hash, this.playgroundId);
    if (code === undefined) {
      this.notice("This share link is damaged; showing the original code.", "shared");
      return;
    }
    this.showCode(code, true);
    this.notice("Shared code — read it before you run it.", "shared");
    this.scrollIntoView({ block: "start" });
  }

  /** Shows `code` as current: in the editor if there is one, else as plain text. */
  private showCode(code: string, edited: boolean): void {
    this.#code = code;
    part<HTMLElement>(this, "[data-edited]").hidden = !edited;
    if (this.#editor) {
      if (this.#editor.getValue() !== code) this.#editor.setValue(code);
      return;
    }
    const box = part(this, "[data-code]");
    const highlighted = part<HTMLElement>(box, "pre.shiki");
    let plain = box.querySelector<HTMLPreElement>("pre[data-plain]");
    if (code === this.#program.source) {
      highlighted.hidden = false;
      plain?.remove();
      return;
    }
    if (!plain) {
      plain = document.createElement("pre");
      plain.dataset.plain = "";
      plain.className = "pg-plain";
      plain.tabIndex = 0;
      box.append(plain);
    }
    plain.textContent = code;
    highlighted.hidden = true;
  }

  /** Replaces the static code with an editor (Monaco, or a textarea on phones). */
  async edit(focus: boolean): Promise<EditorHandle> {
    if (this.#editor) {
      if (focus) this.#editor.focus();
      return this.#editor;
    }
    this.#editorLoading ??= this.mountEditor();
    const editor = await this.#editorLoading;
    if (focus) editor.focus();
    return editor;
  }

  private async mountEditor(): Promise<EditorHandle> {
    const box = part(this, "[data-code]");
    box.setAttribute("aria-busy", "true");
    // The reader is about to change code: start the compiler too.
    warmCompiler();
    const { createEditor } = await import("../../editor/index.ts");
    const slot = document.createElement("div");
    slot.className = "pg-editor";
    const pres = [...box.querySelectorAll<HTMLElement>("pre")];
    slot.style.minHeight = `${Math.max(...pres.map((p) => p.offsetHeight), 60)}px`;
    box.append(slot);
    const editor = await createEditor(slot, {
      value: this.#code,
      ariaLabel: `Code: ${part(this, ".pg-title").textContent ?? ""}`,
      modelPath: `file://${location.pathname.replace(/\/?$/, "/")}${this.playgroundId}.ts`,
      onChange: (value) => {
        this.#code = value;
        part<HTMLElement>(this, "[data-edited]").hidden = value === this.#program.source;
        touchEditor(editor);
        clearTimeout(this.#saveTimer);
        this.#saveTimer = window.setTimeout(() => {
          this.persist();
          // Compile while the reader pauses: results are cached by source, so a
          // Run of this text starts at once.
          void compileInBrowser(value).catch(() => {});
        }, SAVE_DELAY_MS);
      },
      onRun: () => void this.run(),
    });
    for (const pre of pres) pre.hidden = true;
    slot.style.minHeight = "";
    box.removeAttribute("aria-busy");
    this.#editor = editor;
    this.#editorLoading = undefined;
    this.dataset.editor = editor.kind;
    trackEditor(editor, () => this.unmountEditor());
    return editor;
  }

  /** Gives the editor back for plain text, keeping the reader's code. */
  private unmountEditor(): void {
    const editor = this.#editor;
    if (!editor) return;
    this.#code = editor.getValue();
    untrackEditor(editor);
    editor.dispose();
    this.#editor = undefined;
    delete this.dataset.editor;
    part(this, ".pg-editor").remove();
    this.showCode(this.#code, this.#code !== this.#program.source);
  }

  private persist(): void {
    clearTimeout(this.#saveTimer);
    saveEdit(localStorage, this.#key, this.#code, this.#program.source);
  }

  private async compile(code: string): Promise<CompileResult> {
    if (code === this.#program.source && this.#program.compiled.ok) return this.#program.compiled;
    return compileInBrowser(code);
  }

  private async jumpTo(line: number, column: number): Promise<void> {
    const editor = await this.edit(true);
    editor.revealLine(line, column);
  }

  private setRunning(running: boolean): void {
    this.toggleAttribute("data-running", running);
    this.button("stop").disabled = !running;
    part<HTMLElement>(this, "[data-status]").textContent = running ? "Running…" : "";
  }

  private selectedWorkers(): number {
    const cores = hardwareConcurrency();
    const value = Math.round(Number(this.workersInput.value));
    const clamped = Number.isFinite(value) ? Math.min(Math.max(value, 1), cores * 2) : cores;
    this.workersInput.value = String(clamped);
    return clamped;
  }

  /** Runs the current code once; resolves with the summary, or undefined if it did not compile. */
  async run(
    mode = this.modeSelect.value as Mode,
    { clear = true, afterBody }: Pick<RunRequest, "afterBody"> & { clear?: boolean } = {},
  ): Promise<RunSummary | undefined> {
    const code = this.#editor?.getValue() ?? this.#code;
    this.#code = code;
    // Save before anything runs: a page that dies mid-run must not lose the edit.
    if (code !== this.#program.source) this.persist();
    this.#handle?.cancel();
    this.setRunning(true);
    if (clear) this.#output.clear();
    const notice = part<HTMLElement>(this, "[data-notice]");
    if (notice.dataset.kind === "shared") notice.hidden = true;
    const compileStart = performance.now();
    const program = await this.compile(code);
    // Visible in the browser's performance panel, and read by the page benchmark.
    performance.measure("looplab:compile", { start: compileStart });
    if (!program.ok) {
      for (const d of program.diagnostics) {
        this.#output.push([
          { t: NaN, thread: "", level: "error", text: `Compile error: ${d.message}`, loc: d },
        ]);
      }
      this.#output.system("Nothing ran: fix the code and press Run again.");
      this.#editor?.setMarkers(program.diagnostics);
      this.dataset.lastRun = JSON.stringify({
        mode,
        ok: false,
        compileErrors: program.diagnostics,
      });
      this.setRunning(false);
      return undefined;
    }
    this.#editor?.setMarkers([]);
    const workers = this.selectedWorkers();
    this.#timeline.reset(mode === "pool" ? [] : ["main"]);
    this.#meter.start();
    const handle = run(
      {
        code: program,
        mode,
        workers,
        budgetMs: Number(this.dataset.budget) || 10_000,
        id: this.playgroundId,
        ...(afterBody ? { afterBody } : {}),
      },
      { onLog: (lines) => this.#output.push(lines), onTask: (t) => this.#timeline.update(t) },
    );
    this.#handle = handle;
    const summary = await handle.promise;
    const blocked = this.#meter.stop();
    if (this.#handle !== handle) return summary; // superseded by a newer run
    this.#handle = undefined;
    this.#output.flush();
    if (summary.error) {
      const { message, line, column } = summary.error;
      this.#output.push([
        {
          t: summary.wallMs,
          thread: "",
          level: "error",
          text: message,
          ...(line ? { loc: { line, column: column ?? 1 } } : {}),
        },
      ]);
    }
    this.#output.system(
      `${summaryLine(summary)} · main thread blocked: longest ${Math.round(blocked)} ms`,
    );
    this.#history.push(summary);
    // For readers' tools and the content check: the last run, as data.
    this.dataset.lastRun = JSON.stringify({
      mode: summary.mode,
      workers: summary.workers,
      ok: summary.ok,
      cancelled: summary.cancelled,
      wallMs: summary.wallMs,
      error: summary.error,
    });
    this.#timeline.finish(
      summary.wallMs,
      summary.lanes,
      timelineSummary(this.#timeline.tasks, summary, this.serialWall()),
    );
    renderHistory(part(this, "[data-history]"), this.#history);
    part<HTMLElement>(this, "[data-history-box]").hidden = false;
    this.setRunning(false);
    return summary;
  }

  /** Runs the code with the exercise's hidden checks against its exports. */
  async checkExercise(): Promise<boolean> {
    const key = this.dataset.check;
    if (!key) return false;
    const { loadChecks, runChecks, verdict } = await import("./exercise-checks.ts");
    const checks = await loadChecks(key);
    let results: CheckResult[] = [];
    const summary = await this.run(undefined, {
      afterBody: async (learner) => {
        results = await runChecks(checks, learner, hardwareConcurrency());
      },
    });
    if (!summary)
      results = [{ name: "the code compiles", status: "failed", message: "see the output" }];
    else if (!results.length) {
      const message = summary.cancelled ? "stopped" : (summary.error?.message ?? "did not finish");
      results = [{ name: "the code runs", status: "failed", message }];
    }
    const passed = verdict(results);
    renderChecks(part<HTMLElement>(this, "[data-check-results]"), results, passed);
    if (passed) {
      const lesson = /\/lessons\/([^/]+)\/?$/.exec(location.pathname)?.[1] ?? location.pathname;
      markPassed(localStorage, lesson, this.playgroundId);
      document.dispatchEvent(new CustomEvent("looplab:progress"));
    }
    return passed;
  }

  stop(): void {
    this.#handle?.cancel();
  }

  private serialWall(): number | undefined {
    return this.#history.findLast((r) => r.mode === "serial" && r.ok)?.wallMs;
  }

  /** Runs the code once per mode and tabulates wall times against serial. */
  async compare(): Promise<RunSummary[]> {
    const runs: RunSummary[] = [];
    this.#output.clear();
    for (const mode of MODES) {
      this.#output.system(`— ${MODE_LABELS[mode]} —`);
      const summary = await this.run(mode, { clear: false });
      if (!summary) return runs;
      runs.push(summary);
      if (summary.cancelled) break;
    }
    renderCompare(part(this, "[data-compare]"), runs, hardwareConcurrency());
    return runs;
  }

  private reset(): void {
    if (this.#code === this.#program.source) return;
    if (!confirm("Reset this example to the original code? Your edit will be lost.")) return;
    this.restoreOriginal();
  }

  private restoreOriginal(): void {
    clearEdit(localStorage, this.#key);
    this.#editor?.setMarkers([]);
    this.showCode(this.#program.source, false);
    part<HTMLElement>(this, "[data-notice]").hidden = true;
  }

  private async share(): Promise<void> {
    const { shareUrl } = await import("./share.ts");
    const url = shareUrl(location.href, this.playgroundId, this.#editor?.getValue() ?? this.#code);
    const status = part<HTMLElement>(this, "[data-status]");
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = "Link copied.";
    } catch {
      // No clipboard permission: show the link so it can be copied by hand.
      status.textContent = "";
      this.notice(url, "link");
    }
    this.dataset.shareUrl = url;
  }
}
