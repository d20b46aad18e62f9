import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { playground, replaceCode, runIn } from "./playground-helpers.ts";
import { serveStatic } from "./static-server.ts";
import { childEnv } from "../child-env.ts";

// A course published under a sub-path by a host that sends no COOP/COEP
// headers, like GitHub Pages: the bundled service worker must isolate the
// page after one reload, and links, workers and wasm must resolve under the base.
const OUT = ".tmp/dist-subpath";
const BASE = "/course/";
let origin = "";
let server: Server | undefined;

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  const env = childEnv({ BASE_PATH: BASE });
  const build = spawnSync("npx", ["astro", "build", "--outDir", OUT], { env, encoding: "utf8" });
  if (build.status !== 0)
    throw new Error(`sub-path build failed:\n${build.stdout}\n${build.stderr}`);
  const index = spawnSync("npx", ["pagefind", "--site", OUT], { env, encoding: "utf8" });
  if (index.status !== 0) throw new Error(`pagefind failed:\n${index.stdout}\n${index.stderr}`);
}, 300_000);

beforeAll(async () => {
  server = await serveStatic(OUT, 0, { isolate: false, base: BASE });
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => {
  server?.close();
});

describe("deployed under a sub-path on a host without isolation headers", () => {
  test("the built files exist under the base", () => {
    expect(existsSync(`${OUT}/index.html`)).toBe(true);
  });

  test("the page becomes cross-origin isolated after the fallback's reload, and examples run", async () => {
    const url = `${origin}${BASE}lessons/04-concurrency-vs-parallelism/`;
    const { page, close } = await openPage(url);
    await page.waitForFunction(() => self.crossOriginIsolated, null, { timeout: 20_000 });
    await page.waitForLoadState("load");
    await expect(page.locator("[data-isolation-value]").textContent()).resolves.toBe("on");
    const first = page.locator("looplab-playground").first();
    const id = await first.getAttribute("data-id");
    const output = await runIn(playground(page, id ?? ""), "pool");
    expect(output).toMatch(/Done in .* Worker pool/);
    // Links keep the base path.
    const hrefs = await page
      .locator(".course-nav a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.every((h) => h?.startsWith(BASE))).toBe(true);
    await close();
  });

  test("an edited example compiles with the self-hosted wasm under the base", async () => {
    const url = `${origin}${BASE}fixtures/playground/`;
    const { page, close } = await openPage(url);
    await page.waitForFunction(() => self.crossOriginIsolated, null, { timeout: 20_000 });
    const pg = playground(page, "hello");
    await replaceCode(pg, 'const n: number = 6 * 7;\nconsole.log("answer", n);\n');
    const output = await runIn(pg, "serial");
    expect(output).toContain("answer 42");
    await close();
  });

  test("search works under the base", async () => {
    const { page, close } = await openPage(`${origin}${BASE}`);
    await page.locator("#site-search-input").fill("parallelism");
    const result = page.locator(".site-search__results a").first();
    await result.waitFor({ timeout: 10_000 });
    expect(await result.getAttribute("href")).toMatch(new RegExp(`^${BASE}lessons/`));
    await close();
  });
});
