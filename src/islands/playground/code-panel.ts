import type { EditorDiagnostic, EditorHandle, TextSelection } from "../../editor/types.ts";
import { clearEdit, editKey, loadEdit, saveEdit } from "../../storage/edits.ts";
import { pageStore } from "../../storage/ready.ts";
import { selectionInStatic } from "./code-selection.ts";
import { trackEditor, touchEditor, untrackEditor } from "./editor-slot.ts";
import { LiveEditor } from "./live-editor.ts";
import { whenNoRun } from "./page-idle.ts";
import { renderNotice } from "./panel-views.ts";
import { StaticCode } from "./static-code.ts";
import { part } from "./markup-part.ts";
import type { PanelHooks, SourcePanel } from "./source-panel.ts";
import type { SourcePosition } from "../../runtime/index.ts";

const SAVE_DELAY_MS = 250;
const START: TextSelection = { start: 0, end: 0, backward: false };

const isRunKey = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && e.key === "Enter";

/**
 * A playground's code: the static highlighted block, the editor that replaces it on demand,
 * and the reader's saved or shared version of it.
 */
export class CodePanel implements SourcePanel<string> {
  #code: string;
  #editor: LiveEditor | undefined;
  #markers: EditorDiagnostic[] = [];
  /** While `shown` (a model solution) is on show unchanged, saving keeps `kept` instead. */
  #standIn: { shown: string; kept: string } | undefined;
  #saveTimer = 0;
  readonly #key: string;
  readonly #box: HTMLElement;
  readonly #static: StaticCode;
  readonly #editButton: HTMLButtonElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly id: string,
    readonly original: string,
    private readonly hooks: PanelHooks<string>,
  ) {
    this.#code = original;
    this.#key = editKey(location.pathname, id);
    this.#box = part(root, "[data-code]");
    this.#static = new StaticCode(this.#box, original);
    this.#editButton = part(root, 'button[data-action="edit"]');
    this.listen();
  }

  /** The code as the reader has it now. */
  get code(): string {
    return this.#editor?.getValue() ?? this.#code;
  }

  get edited(): boolean {
    return this.code !== this.original;
  }

  /** The editor model's name: TypeScript sees each playground as its own module. */
  get modelPath(): string {
    return `file://${location.pathname.replace(/\/?$/, "/")}${this.id}.ts`;
  }

  private listen(): void {
    const box = this.#box;
    box.addEventListener("click", (e) => {
      const pre = this.#static.pre;
      if (!pre || !pre.contains(e.target as Node)) return;
      this.edit(true, selectionInStatic(pre, { x: e.clientX, y: e.clientY }));
    });
    box.addEventListener("keydown", (e) => {
      const onStatic = e.target === this.#static.pre;
      if (onStatic && isRunKey(e)) {
        e.preventDefault();
        this.hooks.onRun();
      } else if (onStatic && e.key === "Enter") {
        e.preventDefault();
        this.edit(true);
      }
    });
    this.#editButton.addEventListener("click", () => {
      if (this.#editor) this.close();
      else this.edit(true);
    });
    // A sign of intent to edit (the pointer over the code or Edit, or focus there) starts
    // loading the editor; not idle time, which phones would pay ~3 MB for, nor Run; and not
    // while a run is being timed.
    let preloading = false;
    const preload = () => {
      if (preloading) return;
      preloading = true;
      void whenNoRun()
        .then(() => import("../../editor/index.ts"))
        .then((m) => m.preloadMonaco())
        .catch(() => {});
    };
    for (const target of [box, this.#editButton]) {
      target.addEventListener("pointerenter", preload);
      target.addEventListener("focusin", preload);
    }
  }

  /** Shared code from the link, or a saved edit, replaces the original on load. */
  restore(): void {
    if (location.hash.startsWith(`#${this.id}:`)) {
      void this.restoreShared();
      return;
    }
    const state = loadEdit(pageStore(), this.#key, this.original);
    if (state.kind === "original") return;
    this.show(state.edit.code, true);
    if (state.originalChanged) {
      this.notice("This example was updated since you edited it. Your edit is kept.", "updated", {
        label: "Load the new original",
        run: () => this.restoreOriginal(),
      });
    }
  }

  /** A message above the code, with an optional action that also closes it. */
  notice(text: string, kind: string, action?: { label: string; run: () => void }): void {
    renderNotice(part<HTMLElement>(this.root, "[data-notice]"), text, kind, action);
  }

  hideNotice(kind?: string): void {
    const box = part<HTMLElement>(this.root, "[data-notice]");
    if (!kind || box.dataset.kind === kind) box.hidden = true;
  }

  /** Shared code is shown, never run: the reader reads it and decides. */
  private async restoreShared(): Promise<void> {
    // lz-string is only fetched for pages opened from a share link.
    const { sharedCodeFor } = await import("./share.ts");
    const code = sharedCodeFor(location.hash, this.id);
    if (code === undefined) {
      this.notice("This share link is damaged; showing the original code.", "shared");
      return;
    }
    this.show(code, true);
    this.notice("Shared code — read it before you run it.", "shared");
    this.root.scrollIntoView({ block: "start" });
  }

  /** Shows `code` as current: in the editor if there is one (undoable), else as plain text. */
  show(code: string, edited: boolean): void {
    this.#code = code;
    part<HTMLElement>(this.root, "[data-edited]").hidden = !edited;
    if (this.#editor) this.#editor.setValue(code);
    else this.#static.show(code);
    this.setMarkers([]);
  }

  /**
   * Replaces the static code with an editor, in this task: a textarea with the caret at
   * `selection`, which Monaco takes over on desktops once loaded.
   */
  edit(focus: boolean, selection: TextSelection = START): EditorHandle {
    if (this.#editor) {
      if (focus) this.#editor.focus();
      return this.#editor;
    }
    this.hooks.onEditStart();
    const editor = new LiveEditor(this.#box, {
      value: this.#code,
      selection,
      focus,
      ariaLabel: `Code: ${part(this.root, ".pg-title").textContent ?? ""}`,
      modelPath: this.modelPath,
      onChange: (value) => this.changed(editor, value),
      onRun: () => this.hooks.onRun(),
      onKind: (kind) => (this.root.dataset.editor = kind),
    });
    this.#static.hide();
    editor.setMarkers(this.#markers);
    this.#editor = editor;
    this.#editButton.textContent = "Done";
    this.#editButton.title = "Close the editor (your edit is kept)";
    trackEditor(editor, () => this.close());
    if (this.edited) this.hooks.onPause(this.#code);
    return editor;
  }

  private changed(editor: EditorHandle, value: string): void {
    this.#code = value;
    part<HTMLElement>(this.root, "[data-edited]").hidden = value === this.original;
    touchEditor(editor);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = window.setTimeout(() => {
      this.persist();
      this.hooks.onPause(value);
    }, SAVE_DELAY_MS);
  }

  /** TypeScript's errors in `code`, for the textarea to list (Monaco underlines its own). */
  showTypeErrors(code: string, errors: EditorDiagnostic[]): void {
    if (this.#editor?.getValue() === code) this.#editor.setTypeErrors(errors);
  }

  /** Gives the editor back for the read-only view, keeping the reader's code. */
  close(): void {
    const editor = this.#editor;
    if (!editor) return;
    const hadFocus = editor.hasFocus();
    this.#code = editor.getValue();
    untrackEditor(editor);
    editor.dispose();
    this.#editor = undefined;
    delete this.root.dataset.editor;
    this.#editButton.textContent = "Edit";
    this.#editButton.removeAttribute("title");
    this.#static.show(this.#code);
    this.#static.markLines(this.#markers);
    if (hadFocus) this.#static.pre?.focus();
  }

  /** Saves the current code now (before every run: a page that dies mid-run keeps the edit). */
  persist(): void {
    clearTimeout(this.#saveTimer);
    this.#code = this.code;
    const standIn = this.#standIn;
    const save = standIn && this.#code === standIn.shown ? standIn.kept : this.#code;
    saveEdit(pageStore(), this.#key, save, this.original);
  }

  /** Shows code that is not the reader's (a model solution): theirs stays the saved edit. */
  showStandIn(shown: string, kept: string | undefined): void {
    this.#standIn = kept === undefined ? undefined : { shown, kept };
    this.show(shown, shown !== this.original);
  }

  /** Marks errors in the editor, and their lines in the read-only code. */
  setMarkers(diagnostics: EditorDiagnostic[]): void {
    this.#markers = diagnostics;
    this.#editor?.setMarkers(diagnostics);
    this.#static.markLines(diagnostics);
  }

  /** Marks a line (the Event loop view's current step) in whatever shows the code now. */
  highlightLine(line: number | undefined): void {
    this.#editor?.highlightLine(line);
    for (const l of this.#box.querySelectorAll(".pg-line-current"))
      l.classList.remove("pg-line-current");
    const plain = this.#box.querySelector<HTMLElement>("pre[data-plain]");
    plain?.toggleAttribute("data-current-line", line !== undefined);
    if (line === undefined || this.#editor) return;
    plain?.style.setProperty("--current-line", String(line));
    this.#box
      .querySelectorAll("pre.shiki:not([hidden]) .line")
      [line - 1]?.classList.add("pg-line-current");
  }

  jumpTo({ line, column }: SourcePosition): void {
    this.edit(true).revealLine(line, column);
  }

  async typeErrors(code: string): Promise<EditorDiagnostic[]> {
    return (await import("../../editor/index.ts")).checkTypes(code, this.modelPath);
  }

  /** Back to the original, after the reader confirms losing their edit. */
  reset(): void {
    if (!this.edited) return;
    if (!confirm("Reset this example to the original code? Your edit will be lost.")) return;
    this.restoreOriginal();
  }

  private restoreOriginal(): void {
    clearEdit(pageStore(), this.#key);
    this.setMarkers([]);
    this.show(this.original, false);
    this.hideNotice();
  }

  /** A link that opens this page with the current code in this playground. */
  async shareUrl(): Promise<string> {
    const { shareUrl } = await import("./share.ts");
    return shareUrl(location.href, this.id, this.code);
  }
}
