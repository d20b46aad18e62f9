import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { playground, replaceCode, runIn } from "./playground-helpers.ts";
import { serveStatic } from "./static-server.ts";
import { childEnv } from "../child-env.ts";

// The platform's fixture course published under a sub-path, with its canonical
// address, by a host that sends no COOP/COEP headers, like GitHub Pages: the
// bundled service worker must isolate the page after one reload, and links,
// workers and wasm must resolve under the base.
const OUT = ".tmp/dist-subpath";
const BASE = "/course/";
const SITE = "https://example.org";
const LESSON = `${BASE}lessons/02-pool/`;
let origin = "";
let server: Server | undefined;

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  const env = childEnv({
    BASE_PATH: BASE,
    SITE_URL: SITE,
    LOOPLAB_CONTENT_DIR: "tests/fixtures/course",
    LOOPLAB_FIXTURES: "1",
  });
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
  test("the built files exist under the base, with canonical links to the real address", () => {
    expect(existsSync(`${OUT}/index.html`)).toBe(true);
    const lesson = readFileSync(`${OUT}/lessons/02-pool/index.html`, "utf8");
    expect(lesson).toContain(`<link rel="canonical" href="${SITE}${LESSON}">`);
    const fixture = readFileSync(`${OUT}/fixtures/playground/index.html`, "utf8");
    expect(fixture).not.toContain('rel="canonical"');
  });

  test("the page becomes cross-origin isolated after the fallback's reload, and examples run", async () => {
    const { page, close } = await openPage(`${origin}${LESSON}`);
    await page.waitForFunction(() => self.crossOriginIsolated, null, { timeout: 20_000 });
    await page.waitForLoadState("load");
    await expect(page.locator("[data-isolation-value]").textContent()).resolves.toBe("on");
    const output = await runIn(playground(page, "cpu"), "pool");
    expect(output).toMatch(/Done in .* Worker pool/);
    // Links keep the base path, including links written by lesson id.
    const hrefs = await page
      .locator(".course-nav a, .prose a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain(`${BASE}lessons/intro/#hello`);
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
    // Typed once the search box is wired, as a reader's keystrokes would be.
    // Typed at once: focusing the box loads search, which then searches what is there.
    await page.locator("#site-search-input").fill("Pooling");
    const result = page.locator(".site-search__results a").first();
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute("href")).toMatch(new RegExp(`^${BASE}lessons/`));
    await close();
  });
});

describe("previewing a sub-path build", () => {
  test("astro preview serves it under the base it was built for, without BASE_PATH", async () => {
    const env = childEnv();
    delete env["BASE_PATH"];
    const port = await freePort();
    const args = [
      "astro",
      "preview",
      "--outDir",
      OUT,
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
    ];
    const preview: ChildProcess = spawn("npx", [...args, "--ignore-lock"], {
      env,
      stdio: "ignore",
      detached: true,
    });
    try {
      const url = `http://127.0.0.1:${port}${LESSON}`;
      let response: Response | undefined;
      for (let i = 0; i < 150 && !response?.ok; i++) {
        await new Promise((r) => setTimeout(r, 200));
        response = await fetch(url).catch(() => undefined);
      }
      expect(response?.status).toBe(200);
      expect(response?.headers.get("cross-origin-embedder-policy")).toBe("require-corp");
    } finally {
      if (preview.pid) process.kill(-preview.pid, "SIGTERM");
    }
  }, 60_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
