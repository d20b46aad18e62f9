import { labModuleSource } from "./lab-types.ts";
import type { TypeScriptApi } from "./monaco-api.ts";

/** Compiler settings matching what the runtime accepts: modern ES modules with top-level await. */
export function configureTypeScript(ts: TypeScriptApi): void {
  const defaults = ts.typescriptDefaults;
  defaults.setCompilerOptions({
    target: 9 as TypeScriptApi["ScriptTarget"]["ES2020"], // ES2022; Monaco's enum stops at ES2020
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    // Every playground is a module even without imports, so top-level await
    // works and playgrounds on one page do not share globals.
    moduleDetection: 3, // ModuleDetectionKind.Force; Monaco does not export the enum
    // File names, not tsconfig's short names: these options skip tsconfig parsing.
    // es2024 for Promise.withResolvers and Atomics.waitAsync, which concurrency examples use.
    lib: ["lib.es2024.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    strict: true,
    noEmit: true,
    allowNonTsExtensions: true,
    isolatedModules: true,
  });
  defaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  defaults.addExtraLib(labModuleSource(), "file:///node_modules/@types/lab/index.d.ts");
}
