// Public entry of the editor, imported on demand by the playground island
// (`await import(".../editor/index.ts")`). Monaco itself is a further dynamic
// import, so readers who get the textarea never download it.
import { createTextareaEditor } from "./textarea-editor.ts";
import type { CreateEditorOptions, EditorHandle } from "./types.ts";

export type { CreateEditorOptions, EditorDiagnostic, EditorHandle } from "./types.ts";
export { createTextareaEditor };

/** Below this width Monaco's gutter and widgets leave too little room for code. */
const NARROW_PX = 640;

/** Touch devices and narrow screens get the textarea: Monaco fights on-screen keyboards. */
export function shouldUseTextarea(): boolean {
  return matchMedia("(pointer: coarse)").matches || window.innerWidth < NARROW_PX;
}

/** Starts loading Monaco (e.g. on hover or focus of the static code) without creating an editor. */
export async function preloadMonaco(): Promise<void> {
  if (shouldUseTextarea()) return;
  try {
    const { loadMonaco } = await import("./load-monaco.ts");
    await loadMonaco();
  } catch {
    // Only a head start: createEditor tries again and falls back to the textarea.
  }
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
