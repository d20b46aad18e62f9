import { escapeThenTabLeaves } from "./escape-tab.ts";
import type { Monaco } from "./monaco-api.ts";
import { currentTheme } from "./monaco-theme.ts";
import { changeBetween } from "./text-change.ts";
import type {
  CreateEditorOptions,
  EditorDiagnostic,
  EditorHandle,
  TextSelection,
} from "./types.ts";

/** Vertical padding of the playground's static code block (0.75rem). */
const PADDING = 12;
/** Longer examples scroll inside the editor instead of pushing the lesson text away. */
const MAX_LINES = 28;

export const MARKER_OWNER = "looplab";

export function createMonacoEditor(
  monaco: Monaco,
  container: HTMLElement,
  opts: CreateEditorOptions,
): EditorHandle {
  const uri = monaco.Uri.parse(opts.modelPath);
  const model =
    monaco.editor.getModel(uri) ?? monaco.editor.createModel(opts.value, "typescript", uri);
  if (model.getValue() !== opts.value) model.setValue(opts.value);

  const font = measureStaticCode(container);
  const maxHeight = MAX_LINES * font.lineHeight + 2 * PADDING;
  const heightFor = (contentHeight: number) => Math.min(contentHeight, maxHeight);
  // Sized before Monaco measures, so the first paint already has the final height.
  container.style.height = `${heightFor(model.getLineCount() * font.lineHeight + 2 * PADDING)}px`;

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
    ...font,
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
    escapeThenTabLeaves(monaco, editor),
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

  const current = editor.createDecorationsCollection();

  return {
    kind: "monaco",
    getValue: () => model.getValue(),
    setValue(value) {
      const change = changeBetween(model.getValue(), value);
      if (!change) return;
      const from = model.getPositionAt(change.start);
      const to = model.getPositionAt(change.end);
      programmatic = true;
      try {
        // An edit rather than model.setValue, which would wipe the undo history; only the
        // stretch that differs, so undo selects just that.
        editor.pushUndoStop();
        editor.executeEdits("looplab", [
          {
            range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column),
            text: change.text,
          },
        ]);
        editor.pushUndoStop();
      } finally {
        programmatic = false;
      }
    },
    focus: () => editor.focus(),
    hasFocus: () => editor.hasTextFocus(),
    getSelection(): TextSelection {
      const s = editor.getSelection();
      if (!s) return { start: 0, end: 0, backward: false };
      const start = model.getOffsetAt(s.getStartPosition());
      const end = model.getOffsetAt(s.getEndPosition());
      return { start, end, backward: s.getDirection() === monaco.SelectionDirection.RTL };
    },
    setSelection({ start, end, backward }) {
      const a = model.getPositionAt(backward ? end : start);
      const b = model.getPositionAt(backward ? start : end);
      editor.setSelection(new monaco.Selection(a.lineNumber, a.column, b.lineNumber, b.column));
      editor.revealPositionInCenterIfOutsideViewport(b);
    },
    isComposing: () => false,
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
    highlightLine(line) {
      current.clear();
      if (line === undefined || line > model.getLineCount()) return;
      current.set([
        {
          range: new monaco.Range(line, 1, line, 1),
          options: { isWholeLine: true, className: "pg-monaco-current-line" },
        },
      ]);
      editor.revealLineInCenterIfOutsideViewport(line);
    },
    dispose() {
      for (const s of subscriptions) s.dispose();
      editor.dispose();
      if (!opts.keepModel) model.dispose();
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
  let endColumn = Math.min(
    model.getWordAtPosition({ lineNumber: line, column: startColumn })?.endColumn ??
      startColumn + 1,
    maxColumn,
  );
  if (endColumn <= startColumn) {
    startColumn = model.getLineFirstNonWhitespaceColumn(line) || 1;
    endColumn = maxColumn;
  }
  return { startLineNumber: line, startColumn, endLineNumber: line, endColumn };
}

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.floor(n) || min));
}

/**
 * Font of the server-rendered code (`pre.shiki > code`), measured on a hidden
 * copy in the container so the editor's text lines up with what it replaces.
 * The site's CSS shrinks `code` to 0.9em inside a 0.875rem `pre`, which a
 * hard-coded size would drift from.
 */
function measureStaticCode(container: HTMLElement): {
  fontFamily?: string;
  fontSize: number;
  lineHeight: number;
} {
  const pre = document.createElement("pre");
  pre.className = "shiki";
  pre.style.cssText = "position:absolute;visibility:hidden;margin:0";
  const code = pre.appendChild(document.createElement("code"));
  code.textContent = "x";
  container.append(pre);
  const style = getComputedStyle(code);
  const fontSize = parseFloat(style.fontSize);
  // The pre's line-height sets the line pitch (the smaller `code` sits inside it).
  // Read the property, not the probe's height: playground CSS gives pre a min-height.
  const preStyle = getComputedStyle(pre);
  const lineHeight = parseFloat(preStyle.lineHeight) || parseFloat(preStyle.fontSize) * 1.5;
  // The --font-mono stack, resolved: Monaco measures glyphs with a concrete family.
  const fontFamily = style.fontFamily;
  pre.remove();
  return {
    ...(fontFamily ? { fontFamily } : {}),
    fontSize: fontSize > 0 ? fontSize : 14,
    lineHeight: lineHeight > 0 ? Math.round(lineHeight) : 21,
  };
}

/** The editor may be taller than the window: bring the cursor's line into the page's view too. */
function scrollPageTo(container: HTMLElement, spot: { top: number; height: number } | null): void {
  if (!spot) return;
  const top = container.getBoundingClientRect().top + spot.top;
  if (top < 0 || top + spot.height > window.innerHeight) {
    window.scrollBy({ top: top - window.innerHeight / 3 });
  }
}
