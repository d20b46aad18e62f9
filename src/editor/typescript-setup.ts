import { COMPILER_OPTIONS, LAB_TYPES_PATH } from "./compiler-options.ts";
import { labModuleSource } from "./lab-types.ts";
import type { TypeScriptApi } from "./monaco-api.ts";

/** Monaco's TypeScript service with the settings the runtime matches, and the `lab` types. */
export function configureTypeScript(ts: TypeScriptApi): void {
  const defaults = ts.typescriptDefaults;
  // `#id` names a cell: the playground `id` on this page, whose model is `<page>/<id>.ts`.
  const page = location.pathname.replace(/\/?$/, "/");
  defaults.setCompilerOptions({
    ...COMPILER_OPTIONS,
    baseUrl: `file://${page}`,
    paths: { "#*": ["./*.ts"] },
  });
  defaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  defaults.addExtraLib(labModuleSource(), LAB_TYPES_PATH);
}
