import { shouldUseTextarea } from "../../editor/editor-choice.ts";
import { createTextareaEditor } from "../../editor/textarea-editor.ts";
import { whenNoRun } from "./page-idle.ts";
import type {
  CreateEditorOptions,
  EditorDiagnostic,
  EditorHandle,
  TextSelection,
} from "../../editor/types.ts";

export interface LiveEditorOptions extends CreateEditorOptions {
  selection: TextSelection;
  focus: boolean;
  /** The editor in place changed: the textarea at first, then Monaco once it took over. */
  onKind(kind: EditorHandle["kind"]): void;
}

/**
 * The editor a playground shows: a textarea at once, in the same task as the reader's click
 * (the caret where they clicked), then Monaco on desktops, which takes over when it is ready
 * with the text, selection and focus the reader has by then (editor/monaco-takeover.ts).
 */
export class LiveEditor implements EditorHandle {
  #current: EditorHandle;
  #markers: EditorDiagnostic[] = [];
  #typeErrors: EditorDiagnostic[] = [];
  /** The Event loop view's current line, kept across Monaco's takeover like the markers. */
  #line: number | undefined;
  #disposed = false;
  readonly slot: HTMLElement;

  constructor(box: HTMLElement, opts: LiveEditorOptions) {
    this.slot = document.createElement("div");
    this.slot.className = "pg-editor";
    const plainBox = document.createElement("div");
    this.slot.append(plainBox);
    box.append(this.slot);
    this.#current = createTextareaEditor(plainBox, opts);
    this.#current.setSelection(opts.selection);
    if (opts.focus) this.#current.focus();
    opts.onKind("textarea");
    if (!shouldUseTextarea()) void this.takeOver(plainBox, opts);
  }

  private async takeOver(plainBox: HTMLElement, opts: LiveEditorOptions): Promise<void> {
    const plain = this.#current;
    const monacoBox = document.createElement("div");
    monacoBox.className = "pg-editor-incoming";
    this.slot.append(monacoBox);
    try {
      const { monacoTakeover } = await import("../../editor/index.ts");
      const monaco = await monacoTakeover(plain, monacoBox, {
        ...opts,
        idle: whenNoRun,
        reveal: () => {
          if (this.#disposed) return;
          monacoBox.className = "";
          plain.dispose();
          plainBox.remove();
        },
      });
      if (this.#disposed) {
        monaco.dispose();
        return;
      }
      this.#current = monaco;
      this.showMarkers();
      if (this.#line !== undefined) monaco.highlightLine(this.#line);
      opts.onKind("monaco");
    } catch (error) {
      // The textarea stays: the reader can still edit and run.
      console.error("Monaco failed to load; keeping the plain editor", error);
      monacoBox.remove();
    }
  }

  get kind(): EditorHandle["kind"] {
    return this.#current.kind;
  }
  getValue = () => this.#current.getValue();
  setValue = (value: string) => this.#current.setValue(value);
  focus = () => this.#current.focus();
  hasFocus = () => this.#current.hasFocus();
  getSelection = () => this.#current.getSelection();
  setSelection = (s: TextSelection) => this.#current.setSelection(s);
  isComposing = () => this.#current.isComposing();
  revealLine = (line: number, column?: number) => this.#current.revealLine(line, column);
  highlightLine(line: number | undefined): void {
    this.#line = line;
    this.#current.highlightLine(line);
  }

  /** Errors from compiling or running; shown by either editor. */
  setMarkers(diags: EditorDiagnostic[]): void {
    this.#markers = diags;
    this.showMarkers();
  }

  /** TypeScript's errors, for the textarea; Monaco finds and underlines them itself. */
  setTypeErrors(diags: EditorDiagnostic[]): void {
    this.#typeErrors = diags;
    this.showMarkers();
  }

  private showMarkers(): void {
    const own = this.#current.kind === "textarea" ? this.#typeErrors : [];
    this.#current.setMarkers([...this.#markers, ...own]);
  }

  dispose(): void {
    this.#disposed = true;
    this.#current.dispose();
    this.slot.remove();
  }
}
