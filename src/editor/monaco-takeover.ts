import { loadMonaco } from "./load-monaco.ts";
import { createMonacoEditor } from "./monaco-editor.ts";
import type { CreateEditorOptions, EditorHandle } from "./types.ts";

/** Lets the event loop run (input first): each step below is a task of its own. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Names a step in the browser's performance panel (and for the page benchmark). */
function step<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`looplab:editor-${name}`, { start });
  }
}

export interface TakeoverOptions extends CreateEditorOptions {
  /** The text editing started from: the one edit replaying the reader's typing undoes to it. */
  value: string;
  /** Called in the task of the swap: show `box` in place of the plain editor. */
  reveal: () => void;
  /** Resolves when loading may go on (e.g. once no run is being timed). */
  idle?: () => Promise<void>;
}

/**
 * Builds Monaco in `box` (hidden, over the plain editor) while the reader keeps typing in
 * `plain`, then swaps in one short task: the text typed so far (one undoable edit), the
 * selection and the focus carry over, so no keystroke, caret or selection is lost. Loading,
 * styling, the TypeScript model and the editor each take a task of their own, so typing is
 * never blocked for long. Waits for an input method to finish composing before swapping.
 */
export async function monacoTakeover(
  plain: EditorHandle,
  box: HTMLElement,
  opts: TakeoverOptions,
): Promise<EditorHandle> {
  const idle = opts.idle ?? (() => Promise.resolve());
  await idle();
  const monaco = await loadMonaco();
  await idle();
  await nextTask();
  // Monaco's stylesheets arrived with its modules: compute their styles in a task of their own.
  step("style", () => box.getBoundingClientRect());
  await nextTask();
  // Creating the model starts the TypeScript service (its chunk and worker).
  await idle();
  const uri = monaco.Uri.parse(opts.modelPath);
  step(
    "model",
    () => monaco.editor.getModel(uri) ?? monaco.editor.createModel(opts.value, "typescript", uri),
  );
  await idle();
  await nextTask();
  const editor = step("create", () => createMonacoEditor(monaco, box, opts));
  // Monaco renders its lines on the next frame, still hidden.
  await nextFrame();
  await nextTask();
  while (plain.isComposing()) await new Promise((r) => setTimeout(r, 50));
  return step("swap", () => {
    editor.setValue(plain.getValue());
    editor.setSelection(plain.getSelection());
    const focused = plain.hasFocus();
    opts.reveal();
    if (focused) editor.focus();
    return editor;
  });
}
