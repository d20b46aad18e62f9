// Playground budgets in headless Chromium against the built site: `npm run bench:page [-- --json]`.
// 1. JS (gzip) a lesson page loads before the reader interacts.
// 2. Run of an unedited example → first output line.
// 3. Warm re-run after an edit → first output line.
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveStatic } from "../tests/e2e/static-server.ts";
import { CHROMIUM_ARGS } from "../tests/e2e/config.ts";
import { measureEditing, type EditFigures } from "./edit-budget.ts";

const asJson = process.argv.includes("--json");
const log = (s: string) => (asJson ? process.stderr : process.stdout).write(`${s}\n`);
const PORT = 4331;
const LESSON = process.env["BENCH_LESSON"] ?? "/lessons/04-concurrency-vs-parallelism/";
/** A lesson with a multi-file playground: its first one is timed as the unedited example is. */
const FILES_LESSON = process.env["BENCH_FILES_LESSON"] ?? "/lessons/03-workers-and-shared-memory/";
const REPEAT = 7;
const PAUSE_MS = Number(process.env["BENCH_PAUSE_MS"] ?? 500);
const EDIT_REPEAT = Number(process.env["BENCH_EDIT_REPEAT"] ?? 5);

const median = (xs: number[]) => {
  const s = xs.toSorted((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
};

/** Presses Run on playground `id` and resolves with ms until its first output line. */
function timeToFirstLine(page: Page, id: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        const el = document.querySelector<HTMLElement>(`looplab-playground[data-id="${id}"]`)!;
        const log = el.querySelector("[data-output]")!;
        const start = performance.now();
        const seen = new MutationObserver(() => {
          if (log.querySelector(".pg-line:not(.pg-system)")) {
            seen.disconnect();
            resolve(performance.now() - start);
          }
        });
        seen.observe(log, { childList: true });
        el.querySelector<HTMLButtonElement>('button[data-action="run"]')!.click();
      }),
    id,
  );
}

async function waitIdle(page: Page, id: string) {
  await page.waitForFunction(
    (id) => !document.querySelector(`[data-id="${id}"]`)?.hasAttribute("data-running"),
    id,
  );
}

async function main() {
  const DIST = process.env["BENCH_DIST"] ?? "dist";
  if (!existsSync(`${DIST}/fixtures/playground/index.html`))
    throw new Error("Build first: npm run build");
  const server = await serveStatic(DIST, PORT, { isolate: true });
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const base = `http://127.0.0.1:${PORT}`;

  // 1. JS before interaction: every script and worker fetched until the page is idle.
  const jsGzip = await jsBeforeInteraction(browser, base, LESSON);
  const filesJsGzip = await jsBeforeInteraction(browser, base, FILES_LESSON);

  // 2 and 3 on the fixture page: "hello" logs on its first line.
  const fx = await browser.newPage();
  await fx.goto(`${base}/fixtures/playground/`, { waitUntil: "networkidle" });
  await fx.waitForSelector('[data-id="hello"][data-ready]');
  await fx.hover('[data-id="hello"]');
  await fx.waitForTimeout(1000); // workers spawned when the pointer arrived
  const unedited: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    unedited.push(await timeToFirstLine(fx, "hello"));
    await waitIdle(fx, "hello");
  }
  const compilerFetched = (
    await fx.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name))
  ).some((u) => /esbuild/.test(u));
  log(
    `Run of an unedited example → first line: median ${median(unedited).toFixed(1)} ms (budget 100 ms); esbuild fetched: ${compilerFetched}`,
  );

  // 2b. The same for the first multi-file playground of FILES_LESSON.
  const filesFirst = await multiFileFirstLine(browser, base + FILES_LESSON);

  await fx.locator('[data-id="hello"] button[data-action="edit"]').click();
  await fx.waitForSelector('[data-id="hello"][data-editor]', { timeout: 60_000 });
  /** Edits the code, waits `pause` ms as a reader would before Run, and times the first line. */
  const warmRuns = async (pause: number) => {
    const times: number[] = [];
    for (let i = 0; i < REPEAT + 1; i++) {
      await fx.keyboard.press("ControlOrMeta+End");
      await fx.keyboard.insertText(`\n// edit ${pause} ${i}`);
      if (pause) await fx.waitForTimeout(pause);
      const ms = await timeToFirstLine(fx, "hello");
      await waitIdle(fx, "hello");
      if (i > 0) times.push(ms); // the first compile starts esbuild-wasm: not warm
    }
    return median(times);
  };
  const warm = await warmRuns(PAUSE_MS);
  const immediate = await warmRuns(0);
  log(
    `Warm re-run after an edit → first line: median ${warm.toFixed(1)} ms with a ${PAUSE_MS} ms pause before Run (budget 20 ms)`,
  );
  log(
    `  pressing Run the instant the edit lands (compile not yet done): median ${immediate.toFixed(1)} ms`,
  );

  // 4. Editing, each visit in a fresh context (empty cache).
  const edit = await measureEditing(browser, base + LESSON, EDIT_REPEAT);
  const line = (label: string, k: keyof EditFigures, budget: string) => {
    const [lo, hi] = edit.spread[k];
    log(
      `${label}: median ${edit.median[k].toFixed(0)} ms (${lo.toFixed(0)}–${hi.toFixed(0)} over ${EDIT_REPEAT} first visits)${budget}`,
    );
  };
  line("Click into the code → caret (edit_ready_ms)", "editReady", " (budget 100 ms)");
  line("Click into the code → Monaco in place (monaco_ready_ms)", "monacoReady", "");
  line(
    "Longest main-thread task, navigation → Monaco ready (edit_longest_block_ms)",
    "longestBlock",
    " (budget 300 ms)",
  );
  line("  longest task in the 2 s after Monaco is ready", "longestBlockAfter", "");
  line("  of which creating the editor (one task)", "createStep", "");
  line("  of which the swap from the textarea (one task)", "swapStep", "");
  line("Edit then Run at once → first output line", "runWhileLoading", "");

  await browser.close();
  server.close();
  if (asJson) {
    console.log(
      JSON.stringify({
        lesson_js_gzip_kb: +(jsGzip / 1024).toFixed(1),
        files_lesson_js_gzip_kb: +(filesJsGzip / 1024).toFixed(1),
        files_unedited_first_line_ms: filesFirst && +filesFirst.toFixed(1),
        unedited_first_line_ms: +median(unedited).toFixed(1),
        unedited_run_fetched_compiler: compilerFetched,
        edited_warm_first_line_ms: +warm.toFixed(1),
        edited_immediate_first_line_ms: +immediate.toFixed(1),
        edit_ready_ms: Math.round(edit.median.editReady),
        monaco_ready_ms: Math.round(edit.median.monacoReady),
        edit_longest_block_ms: Math.round(edit.median.longestBlock),
        edit_longest_block_after_ready_ms: Math.round(edit.median.longestBlockAfter),
        run_while_editor_loads_first_line_ms: Math.round(edit.median.runWhileLoading),
      }),
    );
  }
}

/** Every script and worker a lesson page fetches until it is idle, gzipped, plus inline JS. */
async function jsBeforeInteraction(
  browser: Browser,
  base: string,
  lesson: string,
): Promise<number> {
  const page = await browser.newPage();
  const scripts = new Map<string, number>();
  page.on("response", async (res) => {
    const type = res.request().resourceType();
    if (type === "script" || type === "other" || res.url().endsWith(".js")) {
      if (!res.url().endsWith(".js") && !res.url().endsWith(".mjs")) return;
      const body = await res.body().catch(() => Buffer.alloc(0));
      scripts.set(res.url().replace(base, ""), gzipSync(body).length);
    }
  });
  await page.goto(base + lesson, { waitUntil: "networkidle" });
  await page.waitForTimeout(1500);
  const inlineJs = await page.evaluate(() =>
    [...document.querySelectorAll("script:not([src])")]
      .filter((s) => !s.getAttribute("type") || s.getAttribute("type") === "module")
      .map((s) => s.textContent ?? "")
      .join("\n"),
  );
  const inlineGzip = gzipSync(inlineJs).length;
  const jsGzip = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineGzip;
  log(
    `JS before interaction on ${lesson}: ${(jsGzip / 1024).toFixed(1)} KB gzip, ${jsGzip} B (budget 30 KB, ${30 * 1024} B)`,
  );
  for (const [url, size] of [...scripts].sort((a, b) => b[1] - a[1]))
    log(`  ${(size / 1024).toFixed(1)} KB  ${url}`);
  log(`  ${(inlineGzip / 1024).toFixed(1)} KB  inline scripts`);
  await page.close();
  return jsGzip;
}

/** Median ms from Run to the first line of the first multi-file playground on a page. */
async function multiFileFirstLine(browser: Browser, url: string): Promise<number | undefined> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  const id = await page.evaluate(
    () => document.querySelector<HTMLElement>("looplab-playground:has([data-files])")?.dataset.id,
  );
  if (!id) {
    log(`Multi-file example → first line: none on ${url}`);
    await page.close();
    return undefined;
  }
  // Its tabs and editor load when the reader reaches for it.
  await page.hover(`[data-id="${id}"] .pg-title`);
  await page.waitForSelector(`[data-id="${id}"][data-ready]`);
  await page.waitForTimeout(1000);
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    times.push(await timeToFirstLine(page, id));
    await waitIdle(page, id);
  }
  const fetched = (
    await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name))
  ).some((u) => /esbuild/.test(u));
  log(
    `Run of an unedited multi-file example (#${id}) → first line: median ${median(times).toFixed(1)} ms (goal 100 ms); esbuild fetched: ${fetched}`,
  );
  await page.close();
  return median(times);
}

await main();
