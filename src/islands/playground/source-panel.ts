import type { EditorDiagnostic } from "../../editor/types.ts";
import type { Diagnostic, ProgramSource, SourcePosition } from "../../runtime/index.ts";

/** What a playground runs: a snippet's text, or a multi-file program's files. */
export type Source = string | ProgramSource;

/** What a code panel tells the playground; `S` is what runs (a snippet's text, a program). */
export interface PanelHooks<S> {
  /** Ctrl/Cmd+Enter, in the editor or on the read-only code. */
  onRun(): void;
  /** The reader paused typing (or opened the editor on edited code): compile and check ahead. */
  onPause(code: S): void;
  /** The reader is about to edit: start the compiler. */
  onEditStart(): void;
}

/**
 * The code a playground runs, as the playground element uses it: one snippet (code-panel.ts)
 * or the files of a program (files/files-panel.ts, loaded only for playgrounds that have files).
 */
export interface SourcePanel<S> {
  /** What runs now: the reader's version, or `original` itself when unedited. */
  readonly code: S;
  readonly original: S;
  readonly edited: boolean;
  /** Shared code from the link, or saved edits, replace the original on load. */
  restore(): void;
  /** Saves the reader's edits now. */
  persist(): void;
  /** Back to the original, after the reader confirms. */
  reset(): void;
  /** A message above the code, with an optional action that also closes it. */
  notice(text: string, kind: string, action?: { label: string; run: () => void }): void;
  hideNotice(kind?: string): void;
  setMarkers(diagnostics: Diagnostic[]): void;
  highlightLine(line: number | undefined): void;
  jumpTo(position: SourcePosition): void;
  shareUrl(): Promise<string>;
  /** TypeScript's errors in `code`, computed off the main thread. */
  typeErrors(code: S): Promise<EditorDiagnostic[]>;
  /** Lists them where the editor cannot underline them itself. */
  showTypeErrors(code: S, errors: EditorDiagnostic[]): void;
}

export type PanelClass<S> = new (
  root: HTMLElement,
  id: string,
  original: S,
  hooks: PanelHooks<S>,
) => SourcePanel<S>;
