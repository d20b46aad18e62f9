// Build-time only: Vite plugins for astro.config.mjs, never imported by page code.
import { readFile } from "node:fs/promises";
import type { Plugin } from "vite";

const MONACO_ESM = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/]/;
const WORKER_CLIENT = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/;
const SLICE_ID = "\0looplab:monaco-slice";

/**
 * Monaco's worker client (which the TypeScript service needs for `createWebWorker`) also
 * imports every editor feature for its side effects, ~1.2 MB. This drops those bare imports,
 * so the features loaded are the ones listed in monaco-contributions.ts.
 */
export function monacoTrimmedContributions(): Plugin {
  return {
    name: "looplab:monaco-trimmed-contributions",
    enforce: "pre",
    async load(id) {
      if (!WORKER_CLIENT.test(id)) return null;
      const source = await readFile(id, "utf8");
      return source.replace(/^import\s+['"][^'"]+['"];\s*$/gm, "");
    },
  };
}

/**
 * Evaluating Monaco's ~1,500 modules is one long task (0.5–0.9 s on a two-core machine),
 * during which a reader typing in the plain-text copy of the code would see nothing happen.
 * This gives every Monaco module a top-level `await` that yields to the event loop once
 * ~40 ms have passed since the last yield, so the evaluation becomes many short tasks and
 * keystrokes are handled between them. A module with top-level await makes its importers wait
 * for it (ECMAScript "async module evaluation"), so the order of evaluation is unchanged.
 * https://tc39.es/ecma262/#sec-innermoduleevaluation
 */
export function monacoTimeSliced(): Plugin {
  return {
    name: "looplab:monaco-time-sliced",
    resolveId: (id) => (id === SLICE_ID ? id : null),
    load(id) {
      if (id !== SLICE_ID) return null;
      return `
const SLICE_MS = 40;
let since = performance.now();
const next = () =>
  globalThis.scheduler?.yield
    ? globalThis.scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve, 0));
export function sliceYield() {
  if (performance.now() - since < SLICE_MS) return undefined;
  return next().then(() => { since = performance.now(); });
}`;
    },
    transform(code, id, options) {
      if (options?.ssr || !MONACO_ESM.test(id) || !id.endsWith(".js")) return null;
      // Only a microtask when no yield is due: `await` only a real promise.
      const gate = `import { sliceYield as __sliceYield } from ${JSON.stringify(SLICE_ID)};\n{ const due = __sliceYield(); if (due) await due; }\n`;
      return { code: gate + code, map: null };
    },
  };
}
