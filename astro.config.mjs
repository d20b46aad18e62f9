// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { fileURLToPath } from "node:url";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { monacoCssOnDemand } from "./src/editor/monaco-css-plugin.ts";
import {
  monacoQuietMeasurement,
  monacoTimeSliced,
  monacoTrimmedContributions,
} from "./src/editor/monaco-build-plugins.ts";
import { compileInNode } from "./src/runtime/node.ts";
import { buildOptions } from "./src/lib/build-options.ts";
import { looplab } from "./src/lib/build/looplab-integration.ts";
import { isExpectedLog } from "./src/lib/build/expected-logs.ts";
import { chunkSizeReport } from "./src/lib/build/chunk-sizes.ts";
import { lessonSources } from "./src/lib/mdx/vite-plugin-lessons.ts";

// Cross-origin isolation unlocks SharedArrayBuffer and fine-grained timers.
// Every response (HTML, JS, workers, wasm) needs both headers, in dev and in preview.
const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

// Which course, and whether drafts and the test pages are in (src/lib/build-options.ts).
const options = buildOptions();
const base = process.env.BASE_PATH ?? "/";
// The course's lesson ids, for the browser's storage to tell its own saved work apart.
const lessonIds = existsSync(options.lessonsDir)
  ? readdirSync(options.lessonsDir).filter((id) =>
      existsSync(join(options.lessonsDir, id, "index.mdx")),
    )
  : [];

export default defineConfig({
  // Only a real address: pages write canonical links when it is set.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: "ignore",
  integrations: [mdx(), looplab(options)],
  server: { headers: isolationHeaders },
  markdown: {
    shikiConfig: {
      themes: { light: "github-light-default", dark: "github-dark-default" },
      defaultColor: false,
    },
  },
  vite: {
    server: { headers: isolationHeaders },
    preview: { headers: isolationHeaders },
    worker: { format: "es" },
    define: { __LOOPLAB_LESSONS__: JSON.stringify(lessonIds) },
    plugins: [
      // Monaco's CSS arrives with Monaco, not as a <link> on every lesson page; Monaco carries
      // only the editor features it needs, and evaluates in short slices.
      monacoCssOnDemand(),
      monacoTrimmedContributions(),
      monacoQuietMeasurement(),
      monacoTimeSliced(),
      lessonSources({
        lessonsDir: options.lessonsDir,
        base,
        drafts: options.drafts,
        compile: compileInNode,
      }),
      chunkSizeReport(),
    ],
    resolve: {
      alias: {
        // Exercise check modules import their helpers by this name (see tsconfig paths).
        "looplab/check": fileURLToPath(new URL("./src/exercise/check-kit.ts", import.meta.url)),
        // The course file of the course being built, and its folder (for check modules
        // and declared moves, globbed by the island).
        "looplab/course": resolve(options.courseFile),
        "@course": resolve(options.contentDir),
        // The test pages' exercise checks, in test builds only (see src/lib/build/no-fixtures).
        "@fixtures": resolve(options.fixtures ? "tests/fixtures" : "src/lib/build/no-fixtures"),
      },
    },
    build: {
      // chunkSizeReport() names large chunks instead, minus the editor's on-demand ones.
      chunkSizeWarningLimit: Number.MAX_SAFE_INTEGER,
      rolldownOptions: {
        onLog(level, log, handler) {
          if (level === "warn" && isExpectedLog(log)) return;
          handler(level, log);
        },
      },
    },
  },
});
