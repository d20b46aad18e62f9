// Build-time only: Vite plugins for astro.config.mjs, never imported by page code.
import { readFile } from "node:fs/promises";
import type { Plugin } from "vite";

const MONACO_ESM = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/]/;
const WORKER_CLIENT = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/;
const SLICE_ID = "\0looplab:monaco-slice";
const CHAR_WIDTH_READER = /[\\/]editor[\\/]browser[\\/]config[\\/]charWidthReader\.js$/;

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
 * Monaco measures its font in a 50,000 px wide box at the page's left edge, which for a moment
 * makes the page wider than the window: a horizontal scrollbar appears and goes, and each time
 * the whole page is laid out again (~0.1–0.3 s on a two-core machine, in the task that creates
 * the first editor). Placed past the left edge, the box is out of the scrollable area.
 */
export function monacoQuietMeasurement(): Plugin {
  const from = "container.style.top = '-50000px';";
  return {
    name: "looplab:monaco-quiet-measurement",
    transform(code, id) {
      if (!CHAR_WIDTH_READER.test(id) || !code.includes(from)) return null;
      return {
        code: code.replace(from, `${from} container.style.left = '-50000px';`),
        map: null,
      };
    },
  };
}

/**
 * Evaluating Monaco's ~1,500 modules is one long task (0.5–0.9 s on a two-core machine),
 * during which a reader typing in the plain-text copy of the code would see nothing happen.
 * This gives every Monaco module a top-level `await` that yields to the event loop once
 * ~40 ms have passed since the last yield, so the evaluation becomes many short tasks, each
 * at background priority (`scheduler.postTask`, where there is one): keystrokes, and the
 * timers of a run being timed, are handled first. A module with top-level await makes its importers wait
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
// Background priority: whatever else the page has to do (input, a run's timers) goes first.
const next = () =>
  globalThis.scheduler?.postTask
    ? globalThis.scheduler.postTask(() => {}, { priority: "background" })
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
