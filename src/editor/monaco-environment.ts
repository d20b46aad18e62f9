// Workers are bundled by Vite (`?worker`) and served from this origin; Monaco
// asks for one per language service by label.
// https://github.com/microsoft/monaco-editor/blob/main/docs/integrate-esm.md
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TypeScriptWorker from "monaco-editor/languages/features/typescript/ts.worker?worker";

export function installMonacoEnvironment(): void {
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      return label === "typescript" || label === "javascript"
        ? new TypeScriptWorker()
        : new EditorWorker();
    },
  };
}
