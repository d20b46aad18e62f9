import type { Monaco } from "./monaco-api.ts";
import { currentTheme } from "./monaco-theme.ts";
import type { CreateEditorOptions, EditorDiagnostic, EditorHandle } from "./types.ts";

/** Matches the static code block (0.875rem / 1.5, padding 0.75rem) so swapping it in does not jump. */
const FONT_SIZE = 14;
const LINE_HEIGHT = 21;
const PADDING = 12;
/** Longer examples scroll inside the editor instead of pushing the lesson text away. */
const MAX_LINES = 28;
const MAX_HEIGHT = MAX_LINES * LINE_HEIGHT + 2 * PADDING;

export const MARKER_OWNER = "looplab";

export function createMonacoEditor(monaco: Monaco, container: HTMLElement, opts: CreateEditorOptions): EditorHandle {
  const uri = monaco.Uri.parse(opts.modelPath);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(opts.value, "typescript", uri);
  if (model.getValue() !== opts.value) model.setValue(opts.value);

  // Sized before Monaco measures, so the first paint already has the final height.
  container.style.height = `${heightFor(model.getLineCount() * LINE_HEIGHT + 2 * PADDING)}px`;

  const editor = monaco.editor.create(container, {
    model,
    theme: currentTheme(),
    ariaLabel: opts.ariaLabel,
    automaticLayout: true,
    fixedOverflowWidgets: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    // Wheel over a short editor should scroll the lesson, not be swallowed.
    scrollbar: { alwaysConsumeMouseWheel: false },
    ...monoFont(),
    fontSize: FONT_SIZE,
    lineHeight: LINE_HEIGHT,
    padding: { top: PADDING, bottom: PADDING },
    lineNumbersMinChars: 3,
    folding: false,
    stickyScroll: { enabled: false },
    glyphMargin: false,
    overviewRulerBorder: false,
    hideCursorInOverviewRuler: true,
    renderLineHighlightOnlyWhenFocus: true,
    tabSize: 2,
    detectIndentation: false,
  });

  let programmatic = false;
  const subscriptions = [
    editor.onDidContentSizeChange((e) => {
      if (!e.contentHeightChanged) return;
      container.style.height = `${heightFor(e.contentHeight)}px`;
    }),
    model.onDidChangeContent(() => {
      if (!programmatic) opts.onChange(model.getValue());
    }),
    // An action, not addCommand: commands from addCommand are global, so with
    // several editors the last one created would receive every Ctrl+Enter.
    // https://github.com/microsoft/monaco-editor/issues/2947
    editor.addAction({
      id: "looplab.run",
      label: "Run code",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => opts.onRun(),
    }),
  ];

  return {
    kind: "monaco",
    getValue: () => model.getValue(),
    setValue(value) {
      if (value === model.getValue()) return;
      programmatic = true;
      try {
        // An edit rather than model.setValue, which would wipe the undo history.
        editor.pushUndoStop();
        editor.executeEdits("looplab", [{ range: model.getFullModelRange(), text: value }]);
        editor.pushUndoStop();
      } finally {
        programmatic = false;
      }
    },
    focus: () => editor.focus(),
    setMarkers(diags: EditorDiagnostic[]) {
      monaco.editor.setModelMarkers(
        model,
        MARKER_OWNER,
        diags.map((d) => ({
          severity: monaco.MarkerSeverity.Error,
          message: d.message,
          ...markerRange(model, d),
        })),
      );
    },
    revealLine(line, column = 1) {
      const position = { lineNumber: line, column };
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
      scrollPageTo(container, editor.getScrolledVisiblePosition(editor.getPosition() ?? position));
    },
    dispose() {
      for (const s of subscriptions) s.dispose();
      editor.dispose();
      model.dispose();
      container.style.removeProperty("height");
    },
  };
}

type Model = ReturnType<Monaco["editor"]["createModel"]>;

/** Underlines the word at the diagnostic, or the whole line when it points past the text. */
function markerRange(model: Model, d: EditorDiagnostic) {
  const line = clamp(d.line, 1, model.getLineCount());
  const maxColumn = model.getLineMaxColumn(line);
  let startColumn = clamp(d.column, 1, maxColumn);
  let endColumn = Math.min(model.getWordAtPosition({ lineNumber: line, column: startColumn })?.endColumn ?? startColumn + 1, maxColumn);
  if (endColumn <= startColumn) {
    startColumn = model.getLineFirstNonWhitespaceColumn(line) || 1;
    endColumn = maxColumn;
  }
  return { startLineNumber: line, startColumn, endLineNumber: line, endColumn };
}

function heightFor(contentHeight: number): number {
  return Math.min(contentHeight, MAX_HEIGHT);
}

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.floor(n) || min));
}

/** The site's monospace stack (--font-mono), resolved because Monaco measures glyphs with it. */
function monoFont(): { fontFamily?: string } {
  const value = getComputedStyle(document.documentElement).getPropertyValue("--font-mono").trim();
  return value ? { fontFamily: value } : {};
}

/** The editor may be taller than the window: bring the cursor's line into the page's view too. */
function scrollPageTo(container: HTMLElement, spot: { top: number; height: number } | null): void {
  if (!spot) return;
  const top = container.getBoundingClientRect().top + spot.top;
  if (top < 0 || top + spot.height > window.innerHeight) {
    window.scrollBy({ top: top - window.innerHeight / 3 });
  }
}
