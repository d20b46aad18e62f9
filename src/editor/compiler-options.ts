/**
 * TypeScript settings matching what the runtime accepts (modern ES modules with top-level
 * await), shared by Monaco's TypeScript service and the checker worker phones use. Numbers
 * rather than Monaco's enums, so the worker needs no Monaco.
 */
export const COMPILER_OPTIONS = {
  target: 9, // ScriptTarget.ES2022; Monaco's enum stops at ES2020
  module: 99, // ModuleKind.ESNext
  moduleResolution: 2, // ModuleResolutionKind.NodeJs
  // Every playground is a module even without imports, so top-level await works and
  // playgrounds on one page do not share globals.
  moduleDetection: 3, // ModuleDetectionKind.Force
  // File names, not tsconfig's short names: these options skip tsconfig parsing. es2024 for
  // Promise.withResolvers and Atomics.waitAsync, which concurrency examples use.
  lib: ["lib.es2024.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
  // A program's files import each other as `./worker.ts`, as the runtime resolves them.
  allowImportingTsExtensions: true,
  isolatedModules: true,
};

/** Where the `lab` module's types live for TypeScript (see lab-types.ts). */
export const LAB_TYPES_PATH = "file:///node_modules/@types/lab/index.d.ts";
