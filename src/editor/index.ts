// The editor's Monaco side, imported on demand by the playground island
// (`await import(".../editor/index.ts")`). The textarea (textarea-editor.ts) and the
// choice between the two (editor-choice.ts) are small and imported directly, so a reader can
// type the moment they click; Monaco is a further dynamic import that phones never make.
import { shouldUseTextarea } from "./editor-choice.ts";
import { createTextareaEditor } from "./textarea-editor.ts";
import type { CreateEditorOptions, EditorDiagnostic, EditorHandle } from "./types.ts";

export type {
  CreateEditorOptions,
  EditorDiagnostic,
  EditorHandle,
  TextSelection,
} from "./types.ts";
export type { TakeoverOptions } from "./monaco-takeover.ts";
export { createTextareaEditor, shouldUseTextarea };

/**
 * Starts loading Monaco on a sign of intent (pointer over or focus in a playground) without
 * creating an editor. Does nothing on phones.
 */
export async function preloadMonaco(): Promise<void> {
  if (shouldUseTextarea()) return;
  try {
    const { loadMonaco } = await import("./load-monaco.ts");
    await loadMonaco();
  } catch {
    // Only a head start: the takeover tries again, and the textarea stays if it fails.
  }
}

/** See type-check.ts. */
export async function checkTypes(code: string, modelPath: string): Promise<EditorDiagnostic[]> {
  return (await import("./type-check.ts")).checkTypes(code, modelPath);
}

/** See program-models.ts. */
export async function syncModels(
  models: readonly { path: string; value: string }[],
): Promise<void> {
  if (shouldUseTextarea()) return;
  await (await import("./program-models.ts")).syncModels(models);
}

/** See monaco-takeover.ts. */
export async function monacoTakeover(
  ...args: Parameters<typeof import("./monaco-takeover.ts").monacoTakeover>
): Promise<EditorHandle> {
  return (await import("./monaco-takeover.ts")).monacoTakeover(...args);
}

/**
 * Fills `container` (handed over empty) with an editor: Monaco on desktops, a
 * textarea on touch or narrow screens, or when Monaco fails to load.
 */
export async function createEditor(
  container: HTMLElement,
  opts: CreateEditorOptions,
): Promise<EditorHandle> {
  if (shouldUseTextarea()) return createTextareaEditor(container, opts);
  try {
    const [{ loadMonaco }, { createMonacoEditor }] = await Promise.all([
      import("./load-monaco.ts"),
      import("./monaco-editor.ts"),
    ]);
    return createMonacoEditor(await loadMonaco(), container, opts);
  } catch (error) {
    // A failed chunk load must not leave the reader without a way to edit.
    console.error("Monaco failed to load; using a plain textarea", error);
    return createTextareaEditor(container, opts);
  }
}
