// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { fileURLToPath } from "node:url";
import { monacoCssOnDemand } from "./src/editor/monaco-css-plugin.ts";
import {
  monacoQuietMeasurement,
  monacoTimeSliced,
  monacoTrimmedContributions,
} from "./src/editor/monaco-build-plugins.ts";

// Cross-origin isolation unlocks SharedArrayBuffer and fine-grained timers.
// Every response (HTML, JS, workers, wasm) needs both headers, in dev and in preview.
const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

export default defineConfig({
  site: process.env.SITE_URL ?? "http://localhost:4321",
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "ignore",
  integrations: [mdx()],
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
    // Monaco's CSS arrives with Monaco, not as a <link> on every lesson page; Monaco carries
    // only the editor features it needs, and evaluates in short slices.
    plugins: [
      monacoCssOnDemand(),
      monacoTrimmedContributions(),
      monacoQuietMeasurement(),
      monacoTimeSliced(),
    ],
    // Exercise check modules import their helpers by this name (see tsconfig paths).
    resolve: {
      alias: {
        "looplab/check": fileURLToPath(new URL("./src/exercise/check-kit.ts", import.meta.url)),
      },
    },
  },
});
