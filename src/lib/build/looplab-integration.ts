// Build-time only: an Astro integration for astro.config.mjs.
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { BuildOptions } from "../build-options.ts";
import { readBuildRecord, writeBuildRecord } from "./build-record.ts";

/** The platform's test pages, served under /fixtures/ only in test builds. */
const FIXTURE_PAGES = ["editor", "playground", "runtime"];

/**
 * Adds the fixture pages to test builds, records what each build put in its
 * output folder, and lets `astro preview` serve a folder under the base path
 * it was built for, so a build with BASE_PATH previews without setting it again.
 */
export function looplab(options: BuildOptions): AstroIntegration {
  let base = "/";
  return {
    name: "looplab",
    hooks: {
      "astro:config:setup": ({ command, config, injectRoute, updateConfig, logger }) => {
        if (options.fixtures) {
          for (const page of FIXTURE_PAGES) {
            injectRoute({
              pattern: `/fixtures/${page}`,
              entrypoint: `./tests/fixtures/pages/${page}.astro`,
            });
          }
        }
        if (command === "preview" && process.env["BASE_PATH"] === undefined) {
          const record = readBuildRecord(fileURLToPath(config.outDir));
          if (record && record.base !== config.base) {
            logger.info(`serving under ${record.base}, the base path it was built for`);
            updateConfig({ base: record.base });
          }
        }
      },
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir }) => {
        writeBuildRecord(fileURLToPath(dir), {
          base,
          contentDir: options.contentDir,
          drafts: options.drafts,
          fixtures: options.fixtures,
        });
      },
    },
  };
}
