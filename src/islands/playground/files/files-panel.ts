import type { EditorDiagnostic, EditorHandle, TextSelection } from "../../../editor/types.ts";
import type { Diagnostic, ProgramSource, SourcePosition } from "../../../runtime/index.ts";
import { pageStore } from "../../../storage/ready.ts";
import type { FilesKit } from "../files-kit.ts";
import type { LiveEditor } from "../live-editor.ts";
import type { PanelHooks, SourcePanel } from "../source-panel.ts";
import type { StaticCode } from "../static-code.ts";
import { listenForEdits, part } from "./file-listeners.ts";
import { FileTabs } from "./file-tabs.ts";
import { clearFiles, loadFiles, saveFiles, type FilesPlace } from "./files-storage.ts";

const SAVE_DELAY_MS = 250;
const START: TextSelection = { start: 0, end: 0, backward: false };

interface FileView {
  name: string;
  original: string;
  /** The reader's version (kept while another file is in the editor). */
  text: string;
  box: HTMLElement;
  shown: StaticCode;
}

/**
 * The files of a multi-file playground: a tab per file, each with its highlighted code, and
 * one editor for the file on show, which moves with the selected tab. Each file keeps its
 * text, its saved edit and, in Monaco, its model, so TypeScript checks imports across files.
 */
export class FilesPanel implements SourcePanel<ProgramSource> {
  readonly #files: FileView[];
  readonly #tabs: FileTabs;
  readonly #editButton: HTMLButtonElement;
  #editor: { file: FileView; handle: LiveEditor } | undefined;
  #markers: Diagnostic[] = [];
  #saveTimer = 0;
  /** While every file shows `shown` (a model solution) unchanged, saving keeps `kept` instead. */
  #standIn: { shown: ProgramSource; kept: ProgramSource } | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly id: string,
    readonly original: ProgramSource,
    private readonly hooks: PanelHooks<ProgramSource>,
    private readonly kit: FilesKit,
  ) {
    const box = part<HTMLElement>(root, "[data-files]");
    this.#files = [...box.querySelectorAll<HTMLElement>(":scope > [data-file]")].map((section) => {
      const name = section.dataset.file ?? "";
      const code = part<HTMLElement>(section, "[data-file-code]");
      const text = original.files[name] ?? "";
      return { name, original: text, text, box: code, shown: new kit.StaticCode(code, text) };
    });
    this.#tabs = new FileTabs(box, (_, fromPanel) => this.switched(fromPanel));
    this.#editButton = part(root, 'button[data-action="edit"]');
    this.listen();
  }

  get code(): ProgramSource {
    const editing = this.#editor;
    if (editing) editing.file.text = editing.handle.getValue();
    if (!this.edited) return this.original;
    return {
      entry: this.original.entry,
      files: Object.fromEntries(this.#files.map((f) => [f.name, f.text])),
    };
  }

  get edited(): boolean {
    return this.#files.some((f) => f.text !== f.original);
  }

  private get title(): string {
    return part(this.root, ".pg-title").textContent ?? "";
  }

  private get current(): FileView {
    return this.#files[this.#tabs.selected] ?? (this.#files[0] as FileView);
  }

  private get place(): FilesPlace {
    return { store: pageStore(), path: location.pathname, id: this.id };
  }

  /** Each file's editor model: relative imports between them resolve as on disk. */
  private modelPath(file: FileView): string {
    return `file://${location.pathname.replace(/\/?$/, "/")}${this.id}/${file.name}`;
  }

  private listen(): void {
    listenForEdits(part(this.root, "[data-files]"), this.#files, this.#editButton, this.kit, {
      edit: (selection) => this.edit(true, selection),
      toggle: () => (this.#editor ? this.close() : this.edit(true)),
      run: () => this.hooks.onRun(),
    });
  }

  /** Another tab was selected: the editor, if open, moves to its file. */
  private switched(fromPanel: boolean): void {
    const editing = this.#editor;
    if (!editing) return;
    const focus = fromPanel && editing.handle.hasFocus();
    this.close();
    this.edit(focus);
  }

  restore(): void {
    if (location.hash.startsWith(`#${this.id}:`)) {
      void this.restoreShared();
      return;
    }
    const saved = loadFiles(this.place, this.original);
    if (!saved.edited) return;
    this.show(saved.files);
    if (saved.originalChanged) {
      this.notice("This example was updated since you edited it. Your edit is kept.", "updated", {
        label: "Load the new original",
        run: () => this.restoreOriginal(),
      });
    }
  }

  /** Shared files are shown, never run: the reader reads them and decides. */
  private async restoreShared(): Promise<void> {
    const { sharedFilesFor } = await import("../share.ts");
    const names = this.#files.map((f) => f.name);
    const files = sharedFilesFor(location.hash, this.id, names);
    if (!files) {
      this.notice("This share link is damaged; showing the original code.", "shared");
      return;
    }
    this.show({ ...this.original.files, ...files });
    this.notice("Shared code — read it before you run it.", "shared");
    this.root.scrollIntoView({ block: "start" });
  }

  notice(text: string, kind: string, action?: { label: string; run: () => void }): void {
    this.kit.renderNotice(part<HTMLElement>(this.root, "[data-notice]"), text, kind, action);
  }

  hideNotice(kind?: string): void {
    const box = part<HTMLElement>(this.root, "[data-notice]");
    if (!kind || box.dataset.kind === kind) box.hidden = true;
  }

  /** Shows every file's text as current: in the editor for its file (undoable), else plain. */
  private show(files: Readonly<Record<string, string>>): void {
    for (const file of this.#files) {
      file.text = files[file.name] ?? file.original;
      if (this.#editor?.file === file) this.#editor.handle.setValue(file.text);
      else file.shown.show(file.text);
    }
    this.updateBadge();
    this.setMarkers([]);
    if (this.#editor) void this.syncModels(this.#editor.file);
  }

  private updateBadge(): void {
    part<HTMLElement>(this.root, "[data-edited]").hidden = !this.edited;
  }

  /** Opens the editor on the selected file (a textarea at once, Monaco on desktops). */
  edit(focus: boolean, selection: TextSelection = START): EditorHandle {
    if (this.#editor) {
      if (focus) this.#editor.handle.focus();
      return this.#editor.handle;
    }
    this.hooks.onEditStart();
    const file = this.current;
    const handle = new this.kit.LiveEditor(file.box, {
      value: file.text,
      selection,
      focus,
      ariaLabel: `Code: ${this.title}, ${file.name}`,
      modelPath: this.modelPath(file),
      keepModel: true,
      onChange: (value) => this.changed(file, handle, value),
      onRun: () => this.hooks.onRun(),
      onKind: (kind) => {
        this.root.dataset.editor = kind;
        if (kind === "monaco") void this.syncModels(file);
      },
    });
    file.shown.hide();
    handle.setMarkers(this.markersOf(file));
    this.#editor = { file, handle };
    this.#editButton.textContent = "Done";
    this.#editButton.title = "Close the editor (your edit is kept)";
    this.kit.trackEditor(handle, () => this.close());
    if (this.edited) this.hooks.onPause(this.code);
    return handle;
  }

  /** Gives Monaco every other file as a model too, so imports between them are typed. */
  private async syncModels(editing: FileView): Promise<void> {
    const others = this.#files.filter((f) => f !== editing);
    const { syncModels } = await import("../../../editor/index.ts");
    await syncModels(others.map((f) => ({ path: this.modelPath(f), value: f.text })));
  }

  private changed(file: FileView, handle: EditorHandle, value: string): void {
    file.text = value;
    this.updateBadge();
    this.kit.touchEditor(handle);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = window.setTimeout(() => {
      this.persist();
      this.hooks.onPause(this.code);
    }, SAVE_DELAY_MS);
  }

  /** Closes the editor, keeping the reader's text (and, in Monaco, the file's model). */
  close(): void {
    const editing = this.#editor;
    if (!editing) return;
    const { file, handle } = editing;
    const hadFocus = handle.hasFocus();
    file.text = handle.getValue();
    this.kit.untrackEditor(handle);
    handle.dispose();
    this.#editor = undefined;
    delete this.root.dataset.editor;
    this.#editButton.textContent = "Edit";
    this.#editButton.removeAttribute("title");
    file.shown.show(file.text);
    file.shown.markLines(this.markersOf(file));
    if (hadFocus) file.shown.pre?.focus();
  }

  persist(): void {
    clearTimeout(this.#saveTimer);
    const files = this.code.files;
    const standIn = this.#standIn;
    const unchanged =
      standIn && this.#files.every((f) => files[f.name] === standIn.shown.files[f.name]);
    saveFiles(this.place, this.original, unchanged ? standIn.kept.files : files);
  }

  /** Shows files that are not the reader's (a model solution): theirs stay the saved edit. */
  showStandIn(shown: ProgramSource, kept: ProgramSource | undefined): void {
    this.#standIn = kept && { shown, kept };
    this.show(shown.files);
  }

  private markersOf(file: FileView): Diagnostic[] {
    return this.#markers.filter((d) => (d.file ?? this.original.entry) === file.name);
  }

  /** Marks errors in the file each names (the entry when none), in the editor and the code. */
  setMarkers(diagnostics: Diagnostic[]): void {
    this.#markers = diagnostics;
    for (const file of this.#files) file.shown.markLines(this.markersOf(file));
    if (this.#editor) this.#editor.handle.setMarkers(this.markersOf(this.#editor.file));
  }

  /** The Event loop view, which alone marks lines, records single-file snippets only. */
  highlightLine(): void {}

  /** Selects the file of `position` (the entry when none) and puts the cursor there. */
  jumpTo({ line, column, file }: SourcePosition): void {
    const index = this.#files.findIndex((f) => f.name === (file ?? this.original.entry));
    if (index >= 0) this.#tabs.select(index, true);
    this.edit(true).revealLine(line, column);
  }

  reset(): void {
    if (!this.edited) return;
    if (!confirm("Reset every file of this example to the original? Your edits will be lost."))
      return;
    this.restoreOriginal();
  }

  private restoreOriginal(): void {
    clearFiles(this.place, this.original);
    this.show(this.original.files);
    this.hideNotice();
  }

  async shareUrl(): Promise<string> {
    const { shareFilesUrl } = await import("../share.ts");
    return shareFilesUrl(location.href, this.id, this.code.files);
  }

  /**
   * Monaco underlines type errors across the files itself; the count after a run that a
   * snippet gets is not made for programs yet.
   */
  typeErrors(): Promise<EditorDiagnostic[]> {
    return Promise.resolve([]);
  }

  showTypeErrors(): void {}
}
