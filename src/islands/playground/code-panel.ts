import type { EditorDiagnostic, EditorHandle } from "../../editor/types.ts";
import { clearEdit, editKey, loadEdit, saveEdit } from "../../storage/edits.ts";
import { pageStore } from "../../storage/ready.ts";
import { trackEditor, touchEditor, untrackEditor } from "./editor-slot.ts";
import { renderNotice } from "./panel-views.ts";

const SAVE_DELAY_MS = 250;

export interface CodePanelHooks {
  /** Ctrl/Cmd+Enter in the editor. */
  onRun(): void;
  /** The reader paused typing: compile ahead so a Run of this text starts at once. */
  onPause(code: string): void;
  /** The reader is about to edit: start the compiler. */
  onEditStart(): void;
}

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`playground markup lacks ${selector}`);
  return found;
}

/**
 * A playground's code: the static highlighted block, the editor that replaces it on demand,
 * and the reader's saved or shared version of it.
 */
export class CodePanel {
  #code: string;
  #editor: EditorHandle | undefined;
  #loading: Promise<EditorHandle> | undefined;
  #saveTimer = 0;
  readonly #key: string;
  readonly #box: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly id: string,
    private readonly original: string,
    private readonly hooks: CodePanelHooks,
  ) {
    this.#code = original;
    this.#key = editKey(location.pathname, id);
    this.#box = part(root, "[data-code]");
  }

  /** The code as the reader has it now. */
  get code(): string {
    return this.#editor?.getValue() ?? this.#code;
  }

  get edited(): boolean {
    return this.code !== this.original;
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

  /** Shows `code` as current: in the editor if there is one, else as plain text. */
  show(code: string, edited: boolean): void {
    this.#code = code;
    part<HTMLElement>(this.root, "[data-edited]").hidden = !edited;
    if (this.#editor) {
      if (this.#editor.getValue() !== code) this.#editor.setValue(code);
      return;
    }
    const highlighted = part<HTMLElement>(this.#box, "pre.shiki");
    let plain = this.#box.querySelector<HTMLPreElement>("pre[data-plain]");
    if (code === this.original) {
      highlighted.hidden = false;
      plain?.remove();
      return;
    }
    if (!plain) {
      plain = document.createElement("pre");
      plain.dataset.plain = "";
      plain.className = "pg-plain";
      plain.tabIndex = 0;
      this.#box.append(plain);
    }
    plain.textContent = code;
    highlighted.hidden = true;
  }

  /** Replaces the static code with an editor (Monaco, or a textarea on phones). */
  async edit(focus: boolean): Promise<EditorHandle> {
    const editor = this.#editor ?? (await (this.#loading ??= this.mount()));
    if (focus) editor.focus();
    return editor;
  }

  private async mount(): Promise<EditorHandle> {
    const box = this.#box;
    box.setAttribute("aria-busy", "true");
    this.hooks.onEditStart();
    const { createEditor } = await import("../../editor/index.ts");
    const slot = document.createElement("div");
    slot.className = "pg-editor";
    const pres = [...box.querySelectorAll<HTMLElement>("pre")];
    slot.style.minHeight = `${Math.max(...pres.map((p) => p.offsetHeight), 60)}px`;
    box.append(slot);
    const editor = await createEditor(slot, {
      value: this.#code,
      ariaLabel: `Code: ${part(this.root, ".pg-title").textContent ?? ""}`,
      modelPath: `file://${location.pathname.replace(/\/?$/, "/")}${this.id}.ts`,
      onChange: (value) => this.changed(editor, value),
      onRun: () => this.hooks.onRun(),
    });
    for (const pre of pres) pre.hidden = true;
    slot.style.minHeight = "";
    box.removeAttribute("aria-busy");
    this.#editor = editor;
    this.#loading = undefined;
    this.root.dataset.editor = editor.kind;
    trackEditor(editor, () => this.unmount());
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

  /** Gives the editor back for plain text, keeping the reader's code. */
  private unmount(): void {
    const editor = this.#editor;
    if (!editor) return;
    this.#code = editor.getValue();
    untrackEditor(editor);
    editor.dispose();
    this.#editor = undefined;
    delete this.root.dataset.editor;
    part(this.root, ".pg-editor").remove();
    this.show(this.#code, this.#code !== this.original);
  }

  /** Saves the current code now (before every run: a page that dies mid-run keeps the edit). */
  persist(): void {
    clearTimeout(this.#saveTimer);
    this.#code = this.code;
    saveEdit(pageStore(), this.#key, this.#code, this.original);
  }

  setMarkers(diagnostics: EditorDiagnostic[]): void {
    this.#editor?.setMarkers(diagnostics);
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

  async jumpTo(line: number, column: number): Promise<void> {
    (await this.edit(true)).revealLine(line, column);
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
