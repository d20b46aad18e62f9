// Editing figures for `npm run bench:page`, each from a fresh browser context (a first visit:
// empty HTTP cache), on a lesson page at 1280×900:
// - edit_ready_ms: pointer down in the static code → the next frame with the focus in something
//   the reader can type into (the Edit press and the click into code take the same path).
// - monaco_ready_ms: the same press → the next frame with Monaco in place of the code.
// - edit_longest_block_ms: the longest main-thread task (Long Tasks API, buffered from
//   navigation) that started before Monaco was ready; what a reader typing meanwhile would feel.
// - run_while_editor_loads_first_line_ms: Edit, then Run at once → the first output line.
import type { Browser, Page } from "playwright-core";

export interface EditFigures {
  editReady: number;
  monacoReady: number;
  longestBlock: number;
  /** Longest task in the 2 s after Monaco was ready: work must not just move past the line. */
  longestBlockAfter: number;
  /** The takeover's steps (performance.measure "looplab:editor-*" in monaco-takeover.ts). */
  createStep: number;
  swapStep: number;
  runWhileLoading: number;
}

interface EditProbe {
  longtasks: { start: number; duration: number }[];
  pointerdown: number;
  editable: number;
  monaco: number;
}

/** Installed before any page script: records long tasks, the press, focus and Monaco's arrival. */
function installProbe(): void {
  const probe: EditProbe = { longtasks: [], pointerdown: 0, editable: 0, monaco: 0 };
  (window as unknown as { editProbe: EditProbe }).editProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  addEventListener(
    "pointerdown",
    () => {
      // performance.now(), not the event's timeStamp: events sent over the DevTools
      // protocol carry a timeStamp on another clock.
      probe.pointerdown ||= performance.now();
    },
    true,
  );
  addEventListener(
    "focusin",
    (e) => {
      const t = e.target as HTMLElement;
      // Monaco takes input in a textarea, or through an EditContext on a div where supported.
      const typable =
        t.isContentEditable || t.tagName === "TEXTAREA" || t.closest(".monaco-editor");
      if (probe.editable || !typable) return;
      requestAnimationFrame(() => (probe.editable ||= performance.now()));
    },
    true,
  );
  new MutationObserver(() => {
    if (probe.monaco || !document.querySelector("[data-editor='monaco'] .monaco-editor")) return;
    requestAnimationFrame(() => (probe.monaco ||= performance.now()));
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[xs.length >> 1] ?? NaN;

/** Clicks into the second line of the first playground's code, as a reader starting to edit. */
async function clickIntoCode(page: Page): Promise<void> {
  const pre = page.locator("looplab-playground").first().locator("[data-code] pre").first();
  await pre.scrollIntoViewIfNeeded();
  const box = await pre.boundingBox();
  if (!box) throw new Error("no static code to click");
  await page.mouse.click(box.x + 60, box.y + 36);
}

async function oneVisit(
  browser: Browser,
  url: string,
): Promise<Omit<EditFigures, "runWhileLoading">> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(installProbe);
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("looplab-playground[data-ready]");
  await page.waitForTimeout(1000); // a reader reads before clicking
  await clickIntoCode(page);
  await page.waitForFunction(
    () => (window as unknown as { editProbe: EditProbe }).editProbe.monaco > 0,
    null,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(2000);
  const p = await page.evaluate(() => (window as unknown as { editProbe: EditProbe }).editProbe);
  const steps = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType("measure")
        .filter((m) => m.name.startsWith("looplab:editor-"))
        .map((m) => [m.name.slice("looplab:editor-".length), m.duration]),
    ),
  );
  await context.close();
  const before = p.longtasks.filter((t) => t.start < p.monaco);
  const after = p.longtasks.filter((t) => t.start >= p.monaco && t.start < p.monaco + 2000);
  return {
    editReady: p.editable - p.pointerdown,
    monacoReady: p.monaco - p.pointerdown,
    longestBlock: Math.max(0, ...before.map((t) => t.duration)),
    longestBlockAfter: Math.max(0, ...after.map((t) => t.duration)),
    createStep: steps["create"] ?? NaN,
    swapStep: steps["swap"] ?? NaN,
  };
}

/** Presses Edit and, at once, Run on the first playground: ms until its first output line. */
async function runWhileLoading(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("looplab-playground[data-ready]");
  await page.waitForTimeout(1000);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const el = document.querySelector<HTMLElement>("looplab-playground")!;
        const log = el.querySelector("[data-output]")!;
        const button = (a: string) =>
          el.querySelector<HTMLButtonElement>(`button[data-action="${a}"]`)!;
        button("edit").click();
        const start = performance.now();
        new MutationObserver((_, seen) => {
          if (!log.querySelector(".pg-line:not(.pg-system)")) return;
          seen.disconnect();
          resolve(performance.now() - start);
        }).observe(log, { childList: true });
        button("run").click();
      }),
  );
  await context.close();
  return ms;
}

export interface EditReport {
  median: EditFigures;
  spread: Record<keyof EditFigures, [number, number]>;
}

export async function measureEditing(
  browser: Browser,
  url: string,
  repeat = 5,
): Promise<EditReport> {
  const runs: EditFigures[] = [];
  // Interleaved, so load on the machine hits every figure alike.
  for (let i = 0; i < repeat; i++) {
    const visit = await oneVisit(browser, url);
    runs.push({ ...visit, runWhileLoading: await runWhileLoading(browser, url) });
  }
  const keys = Object.keys(runs[0]!) as (keyof EditFigures)[];
  const pick = (k: keyof EditFigures) => runs.map((r) => r[k]);
  return {
    median: Object.fromEntries(keys.map((k) => [k, median(pick(k))])) as unknown as EditFigures,
    spread: Object.fromEntries(
      keys.map((k) => [k, [Math.min(...pick(k)), Math.max(...pick(k))]]),
    ) as EditReport["spread"],
  };
}
