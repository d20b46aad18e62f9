import type { Monaco } from "./monaco-api.ts";

type CodeEditor = ReturnType<Monaco["editor"]["create"]>;
const MODIFIERS = new Set(["Shift", "Control", "Alt", "Meta"]);

/**
 * Escape, then Tab, moves focus out of the editor instead of indenting, as in
 * the textarea editor, so keyboard users are never trapped in a playground
 * (Monaco's own escape hatch, Ctrl+M, is hard to discover). Any other key
 * ends the grace. https://www.w3.org/WAI/WCAG21/Understanding/no-keyboard-trap.html
 */
export function escapeThenTabLeaves(monaco: Monaco, editor: CodeEditor): { dispose(): void } {
  let armed = false;
  const set = (on: boolean) => {
    if (armed === on) return;
    armed = on;
    editor.updateOptions({ tabFocusMode: on });
  };
  const subscriptions = [
    editor.onKeyDown((e) => {
      if (e.keyCode === monaco.KeyCode.Escape) set(true);
      else if (e.keyCode !== monaco.KeyCode.Tab && !MODIFIERS.has(e.browserEvent.key)) set(false);
    }),
    editor.onDidBlurEditorText(() => set(false)),
  ];
  return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
}
