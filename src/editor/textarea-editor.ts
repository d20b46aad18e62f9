import type {
  CreateEditorOptions,
  EditorDiagnostic,
  EditorHandle,
  TextSelection,
} from "./types.ts";

const INDENT = "  ";

/**
 * A plain <textarea>: the editor on touch devices and narrow screens, where Monaco is heavy
 * and fights the on-screen keyboard, and everywhere the editor a reader types into at once,
 * before Monaco (if it is coming) takes over. Tab indents; Escape then Tab (or Shift+Tab)
 * moves focus on, so keyboard users are never trapped.
 */
export function createTextareaEditor(
  container: HTMLElement,
  opts: CreateEditorOptions,
): EditorHandle {
  const area = document.createElement("textarea");
  area.className = "looplab-textarea";
  area.value = opts.value;
  area.spellcheck = false;
  area.setAttribute("autocapitalize", "off");
  area.setAttribute("autocomplete", "off");
  area.setAttribute("autocorrect", "off");
  area.setAttribute("aria-label", opts.ariaLabel);
  area.setAttribute("wrap", "off");
  Object.assign(area.style, {
    display: "block",
    boxSizing: "border-box",
    width: "100%",
    margin: "0",
    padding: "0.75rem 1rem",
    border: "0",
    resize: "none",
    overflow: "auto hidden",
    font: "inherit",
    fontFamily: "var(--font-mono, monospace)",
    ...textSize(),
    tabSize: "2",
    color: "inherit",
    background: "transparent",
    // Inside the focus ring's usual 2px offset, which a clipping container would hide.
    outlineOffset: "-2px",
  } satisfies Partial<CSSStyleDeclaration>);

  // Height follows the content so the page, not the textarea, scrolls.
  const autosize = () => {
    area.style.height = "auto";
    area.style.height = `${area.scrollHeight}px`;
  };

  let tabLeaves = false;
  area.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      opts.onRun();
      return;
    }
    if (event.key === "Escape") {
      tabLeaves = true;
      return;
    }
    if (
      event.key === "Tab" &&
      !event.shiftKey &&
      !tabLeaves &&
      !event.ctrlKey &&
      !event.altKey &&
      !event.metaKey
    ) {
      event.preventDefault();
      insertText(area, INDENT);
      return;
    }
    tabLeaves = false;
  });
  area.addEventListener("blur", () => (tabLeaves = false));
  let composing = false;
  area.addEventListener("compositionstart", () => (composing = true));
  area.addEventListener("compositionend", () => (composing = false));
  area.addEventListener("input", () => {
    autosize();
    opts.onChange(area.value);
  });

  const list = document.createElement("ul");
  list.className = "looplab-diagnostics";
  list.setAttribute("aria-label", "Errors in this code");
  list.hidden = true;
  area.setAttribute("aria-describedby", (list.id = `diagnostics-${++lists}`));
  container.replaceChildren(area, list);
  autosize();

  const handle: EditorHandle = {
    kind: "textarea",
    getValue: () => area.value,
    setValue(value) {
      area.value = value;
      autosize();
    },
    focus: () => area.focus({ preventScroll: true }),
    hasFocus: () => document.activeElement === area,
    getSelection: (): TextSelection => ({
      start: area.selectionStart,
      end: area.selectionEnd,
      backward: area.selectionDirection === "backward",
    }),
    setSelection({ start, end, backward }) {
      area.setSelectionRange(start, end, backward ? "backward" : "forward");
    },
    isComposing: () => composing,
    setMarkers(diags: EditorDiagnostic[]) {
      // A textarea cannot underline: the errors are listed under it, each going to its line.
      area.setAttribute("aria-invalid", String(diags.length > 0));
      list.replaceChildren(
        ...diags.map((d) => {
          const item = document.createElement("li");
          const go = document.createElement("button");
          go.type = "button";
          go.textContent = `line ${d.line}:${d.column}`;
          go.addEventListener("click", () => handle.revealLine(d.line, d.column));
          item.append(go, ` ${d.message}`);
          return item;
        }),
      );
      list.hidden = diags.length === 0;
    },
    revealLine(line, column = 1) {
      const offset = offsetOf(area.value, line, column);
      // The textarea is as tall as its text, so it is the page that must scroll to the line.
      const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 21;
      const top = area.getBoundingClientRect().top + window.scrollY + (line - 1) * lineHeight;
      area.focus({ preventScroll: true });
      area.setSelectionRange(offset, offset);
      window.scrollTo({ top: Math.max(top - window.innerHeight / 3, 0) });
    },
    highlightLine(line) {
      // A textarea cannot style one line; a background band at the line's height does it
      // (event-loop.css).
      if (line === undefined) area.removeAttribute("data-current-line");
      else {
        area.dataset.currentLine = String(line);
        area.style.setProperty("--current-line", String(line));
        area.style.setProperty("--pad-top", getComputedStyle(area).paddingTop);
      }
    },
    dispose: () => {
      area.remove();
      list.remove();
    },
  };
  return handle;
}

let lists = 0;

/**
 * The static code's size (0.9em `code` in a 0.875rem `pre` with 1.5 line-height),
 * except on touch screens: iOS zooms the page into any field under 16px on focus.
 */
function textSize(): { fontSize: string; lineHeight: string } {
  return matchMedia("(pointer: coarse)").matches
    ? { fontSize: "1rem", lineHeight: "1.5" }
    : { fontSize: "0.7875rem", lineHeight: "1.3125rem" };
}

/** Inserts at the caret through the browser's editing stack, so Ctrl+Z undoes it. */
function insertText(area: HTMLTextAreaElement, text: string): void {
  // execCommand is deprecated but still the only way to keep native undo for textareas.
  if (!document.execCommand("insertText", false, text)) {
    area.setRangeText(text, area.selectionStart, area.selectionEnd, "end");
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

/** Character offset of a 1-based line and column, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf("\n", offset);
  const lineEnd = end === -1 ? text.length : end;
  return Math.min(offset + Math.max(column - 1, 0), lineEnd);
}
