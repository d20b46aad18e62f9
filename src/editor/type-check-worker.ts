// The type checker for phones' textarea editor, in a worker: TypeScript's language service as
// Monaco packages it (its `TypeScriptWorker` with the bundled lib files), without Monaco.
// Page → worker: { id, code }; worker → page: { id, diagnostics }.
import { TypeScriptWorker } from "monaco-editor/languages/features/typescript/tsWorker";
import { COMPILER_OPTIONS, LAB_TYPES_PATH } from "./compiler-options.ts";
import { labModuleSource } from "./lab-types.ts";
import { typeErrors, type TsDiagnostic } from "./type-diagnostics.ts";

const FILE = "file:///playground.ts";
let text = "";
let version = 0;

// The one "model" the service sees: the shape of Monaco's mirror models that it reads.
const model = {
  uri: { path: "/playground.ts", toString: () => FILE },
  get version() {
    return version;
  },
  getValue: () => text,
};

const service = new TypeScriptWorker(
  { getMirrorModels: () => [model] },
  {
    compilerOptions: COMPILER_OPTIONS,
    extraLibs: { [LAB_TYPES_PATH]: { content: labModuleSource(), version: 1 } },
    inlayHintsOptions: {},
  },
);

self.onmessage = async (event: MessageEvent<{ id: number; code: string }>) => {
  const { id, code } = event.data;
  text = code;
  version++;
  const [syntactic, semantic] = await Promise.all([
    service.getSyntacticDiagnostics(FILE),
    service.getSemanticDiagnostics(FILE),
  ]);
  const diagnostics = typeErrors(code, [...syntactic, ...semantic] as TsDiagnostic[]);
  self.postMessage({ id, diagnostics });
};
