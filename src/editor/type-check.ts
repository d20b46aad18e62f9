import { shouldUseTextarea } from "./editor-choice.ts";
import { typeErrors, type TsDiagnostic } from "./type-diagnostics.ts";
import type { TypeScriptApi } from "./monaco-api.ts";
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
  // Imported here, not above: phones must not fetch even Monaco's loader.
  const monaco = await (await import("./load-monaco.ts")).loadMonaco();
  const { typescript } = await import("./monaco-api.ts");
  // The editor's own model when it holds this code; else a scratch model beside it.
  let uri = monaco.Uri.parse(modelPath);
  if (monaco.editor.getModel(uri)?.getValue() !== code) {
    uri = monaco.Uri.parse(modelPath.replace(/\.ts$/, ".check.ts"));
    const scratch = monaco.editor.getModel(uri);
    if (scratch) scratch.setValue(code);
    else monaco.editor.createModel(code, "typescript", uri);
  }
  const worker = await (await serviceOf(typescript))(uri);
  const [syntactic, semantic] = await Promise.all([
    worker.getSyntacticDiagnostics(uri.toString()),
    worker.getSemanticDiagnostics(uri.toString()),
  ]);
  return typeErrors(code, [...syntactic, ...semantic] as TsDiagnostic[]);
}

/**
 * Monaco sets its TypeScript service up in a callback of the first TypeScript model, after a
 * dynamic import; asked before that ran, `getTypeScriptWorker` rejects ("TypeScript not
 * registered!"), so ask again for a while.
 */
async function serviceOf(typescript: TypeScriptApi) {
  for (let tries = 0; ; tries++) {
    try {
      return await typescript.getTypeScriptWorker();
    } catch (error) {
      if (tries >= 200) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
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
