/** A compile error to show in the editor; line and column are 1-based. */
export interface EditorDiagnostic {
  line: number;
  column: number;
  message: string;
}

/** A selection as character offsets into the text; `backward` when the caret is at `start`. */
export interface TextSelection {
  start: number;
  end: number;
  backward: boolean;
}

/** What a playground holds on to once its editor is up, whichever kind it is. */
export interface EditorHandle {
  /** The current source text. */
  getValue(): string;
  /**
   * Replaces the text as one undoable edit (only the part that differs); does not call
   * `onChange`.
   */
  setValue(value: string): void;
  focus(): void;
  /** Whether the reader's focus is in this editor. */
  hasFocus(): boolean;
  getSelection(): TextSelection;
  setSelection(selection: TextSelection): void;
  /** True while an input method is composing text (the text is not final yet). */
  isComposing(): boolean;
  /** Shows compile errors as markers (owner "looplab"); `[]` clears them. */
  setMarkers(diags: EditorDiagnostic[]): void;
  /** Scrolls to a position and puts the cursor there, e.g. when an error in the output is clicked. */
  revealLine(line: number, column?: number): void;
  /**
   * Marks one whole line (the step the Event loop view shows) without moving the cursor or
   * the focus, and brings it into view; `undefined` removes the mark.
   */
  highlightLine(line: number | undefined): void;
  /** Frees the editor and its model; the container is left empty. */
  dispose(): void;
  readonly kind: "monaco" | "textarea";
}

export interface CreateEditorOptions {
  /** Initial source text. */
  value: string;
  /** Accessible name, e.g. "Code: Fibonacci on every core". */
  ariaLabel: string;
  /** Unique per playground, e.g. "file:///lessons/04/io-serial.ts"; TypeScript sees each as a module. */
  modelPath: string;
  /**
   * Keep Monaco's model when the editor is disposed: a program's files stay models while
   * another file is in the editor, so TypeScript still sees them.
   */
  keepModel?: boolean;
  /** Called on every edit by the reader; the caller debounces saving. */
  onChange(value: string): void;
  /** Ctrl/Cmd+Enter. */
  onRun(): void;
}
