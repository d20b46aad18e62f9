import { shouldUseTextarea } from "./editor-choice.ts";
import { loadMonaco } from "./load-monaco.ts";
import { typeErrors, type TsDiagnostic } from "./type-diagnostics.ts";
import type { EditorDiagnostic } from "./types.ts";

/**
 * TypeScript's errors in `code`, computed off the main thread: by Monaco's TypeScript worker on
 * desktops (loading Monaco if it is not yet), by the checker worker on phones, which never
 * download Monaco. `modelPath` is the playground's editor model (see CreateEditorOptions).
 */
export function checkTypes(code: string, modelPath: string): Promise<EditorDiagnostic[]> {
  return shouldUseTextarea() ? checkInWorker(code) : checkWithMonaco(code, modelPath);
}

async function checkWithMonaco(code: string, modelPath: string): Promise<EditorDiagnostic[]> {
  const monaco = await loadMonaco();
  const { typescript } = await import("./monaco-api.ts");
  // The editor's own model when it holds this code; else a scratch model beside it.
  let uri = monaco.Uri.parse(modelPath);
  if (monaco.editor.getModel(uri)?.getValue() !== code) {
    uri = monaco.Uri.parse(modelPath.replace(/\.ts$/, ".check.ts"));
    const scratch = monaco.editor.getModel(uri);
    if (scratch) scratch.setValue(code);
    else monaco.editor.createModel(code, "typescript", uri);
  }
  const worker = await (await typescript.getTypeScriptWorker())(uri);
  const [syntactic, semantic] = await Promise.all([
    worker.getSyntacticDiagnostics(uri.toString()),
    worker.getSemanticDiagnostics(uri.toString()),
  ]);
  return typeErrors(code, [...syntactic, ...semantic] as TsDiagnostic[]);
}

let checker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (diagnostics: EditorDiagnostic[]) => void>();

async function checkInWorker(code: string): Promise<EditorDiagnostic[]> {
  if (!checker) {
    const { default: CheckWorker } = await import("./type-check-worker.ts?worker");
    checker ??= new CheckWorker();
    checker.onmessage = (e: MessageEvent<{ id: number; diagnostics: EditorDiagnostic[] }>) => {
      waiting.get(e.data.id)?.(e.data.diagnostics);
      waiting.delete(e.data.id);
    };
  }
  const id = ++nextId;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    checker?.postMessage({ id, code });
  });
}
