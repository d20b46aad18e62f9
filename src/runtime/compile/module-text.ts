/**
 * The text around a multi-file program's modules, defined once for the compiler, the runner
 * and the code that maps stack frames back to TypeScript.
 *
 * Each file is a real ES module. Its first line starts with a prologue that takes the run's
 * console, timers, stop flag and `lab` from the page (or a reader's worker) by the module's
 * own URL. Imports of the program's files name them by placeholders; the runner replaces
 * each with the URL of that file's module for this run.
 */

import { RUN_GLOBALS } from "./wrapper.ts";

/** The names a module's prologue binds, which compiled code and the guards refer to. */
export const MODULE_NAMES = [...RUN_GLOBALS, "Worker", "__stop", "__Halt", "__import"] as const;

/** The global function, on the page and in a reader's worker, that hands a module its run. */
export const CONTEXT_GLOBAL = "__looplabModule";

export const MODULE_PROLOGUE = `const { ${MODULE_NAMES.join(", ")} } = ${CONTEXT_GLOBAL}(import.meta.url);`;

/** What a module context provides, by name (see MODULE_NAMES). */
export type ModuleContext = Record<(typeof MODULE_NAMES)[number], unknown>;

/** Placeholder for the module of program file `file` in an import. */
export const filePlaceholder = (file: string) => `@looplab-file/${file}`;
/** Placeholder for the script a reader's worker starts from, in `new URL(…, import.meta.url)`. */
export const workerPlaceholder = (file: string) => `@looplab-worker/${file}`;

/** Every placeholder in compiled code: group 1 is its kind, group 2 the file. */
export const PLACEHOLDER = /"@looplab-(file|worker)\/([^"]+)"/g;

/** Stack frames of a program's module name it by this file name. */
export function moduleFile(tag: string, file: string): string {
  return `playground-${tag}/${file}`;
}

/** Matches frames of a program's modules: group 1 is the file, 2 line, 3 column. */
export function moduleFrameRegExp(tag: string): RegExp {
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`playground-${escaped}/([#\\w.-]+):(\\d+):(\\d+)`, "g");
}
