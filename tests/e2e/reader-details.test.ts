// Small things a reader meets: a toolbar that fits a phone, Workers that says when it caps a
// number, a theme icon that follows the theme, Compare interrupted or stopped, wide tables,
// and output stamps that measure the code, not the page showing it.
import { describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { expectUnder } from "./machine.ts";
import { finished, playground, ready, replaceCode } from "./playground-helpers.ts";

const FIXTURES = "/fixtures/playground/";
const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

describe("the toolbar on a 360 px phone", () => {
  test("keeps each label beside its control, shows Run in full, and takes four rows at most", async () => {
    const { page, close } = await openPage(FIXTURES, phone);
    const pg = playground(page, "hello");
    await ready(pg);
    const toolbar = pg.locator(".pg-toolbar");
    await toolbar.scrollIntoViewIfNeeded();
    for (const [label, control] of [
      ["Run on", "select[data-mode]"],
      ["Workers", "input[data-workers]"],
    ] as const) {
      const l = await toolbar.locator("label", { hasText: label }).boundingBox();
      const c = await toolbar.locator(control).boundingBox();
      if (!l || !c) throw new Error(`no box for ${label}`);
      expect(Math.abs(l.y + l.height / 2 - (c.y + c.height / 2)), label).toBeLessThan(6);
      expect(c.x - (l.x + l.width), label).toBeGreaterThanOrEqual(0);
      expect(c.x - (l.x + l.width), label).toBeLessThan(16);
      expect(c.x + c.width, label).toBeLessThanOrEqual(360);
    }
    const run = await pg.getByRole("button", { name: "Run", exact: true }).boundingBox();
    expect(run && run.x >= 0 && run.x + run.width <= 360).toBe(true);
    // Rows: centres more than 10 px apart (fields and buttons differ in height by a pixel or two).
    const rows = await toolbar.locator(":scope > button, :scope > .pg-field").evaluateAll((els) => {
      const centres = els
        .map((e) => e.getBoundingClientRect())
        .map((r) => r.top + r.height / 2)
        .sort((a, b) => a - b);
      return centres.filter((c, i) => i === 0 || c - centres[i - 1]! > 10).length;
    });
    // Run, Stop, Compare, Edit; the mode; Workers, Reset, Share; Event loop.
    expect(rows).toBeLessThanOrEqual(4);
    expect(await toolbar.evaluate((t) => t.scrollWidth <= t.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await close();
  });
});

describe("Workers", () => {
  test("says so when it uses fewer workers than asked", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "hello");
    await ready(pg);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await pg.getByLabel("Workers").fill("16");
    await pg.getByLabel("Run on").selectOption("pool");
    await pg.getByRole("button", { name: "Run", exact: true }).click();
    await finished(pg);
    const output = await pg.getByRole("log").innerText();
    expect(output).toContain(
      `Workers: 16 asked, ${Math.min(16, cores * 2)} used (1 to ${cores * 2}: twice this machine's ${cores} cores)`,
    );
    await expect(pg.getByLabel("Workers").inputValue()).resolves.toBe(
      String(Math.min(16, cores * 2)),
    );
    await close();
  });
});

describe("the theme button", () => {
  test("shows a sun in the light theme and a moon in the dark one", async () => {
    const { page, close } = await openPage("/");
    await page.emulateMedia({ colorScheme: "light" });
    await page.reload();
    const button = page.locator("[data-theme-toggle]");
    const shown = async () => ((await button.locator(".icon-light").isVisible()) ? "sun" : "moon");
    expect(await shown()).toBe("sun");
    await expect(button.getAttribute("title")).resolves.toBe("Switch to the dark theme");
    await button.click();
    expect(await shown()).toBe("moon");
    await expect(button.locator(".icon-light").isVisible()).resolves.toBe(false);
    await expect(button.getAttribute("title")).resolves.toBe("Switch to the light theme");
    await close();
  });
});

describe("Compare, interrupted", () => {
  test("Run during Compare leaves no row claiming a failure", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "cpu");
    await ready(pg);
    await pg.getByRole("button", { name: "Compare" }).click();
    await pg
      .getByRole("log")
      .getByText(/— Worker pool \(/)
      .first()
      .waitFor({ timeout: 30_000 });
    await pg.getByRole("button", { name: "Run", exact: true }).click();
    await finished(pg, 30_000);
    await page.waitForTimeout(300);
    const compare = pg.locator("[data-compare]");
    if (await compare.isVisible()) expect(await compare.innerText()).not.toMatch(/failed/);
    await expect(pg.getByRole("log").innerText()).resolves.toMatch(/Done in .* Worker pool/);
    await close();
  });

  test("Stop during Compare calls the stopped run stopped, not failed", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "cpu");
    await ready(pg);
    await pg.getByRole("button", { name: "Compare" }).click();
    // Past the warm-up round, whose figures Compare never shows.
    await pg.getByRole("log").getByText("— Worker pool (1 of 3) —").waitFor({ timeout: 60_000 });
    await pg.getByRole("button", { name: "Stop" }).click();
    const row = pg.locator('.pg-compare-table tr[data-mode="pool"]');
    await row.waitFor({ timeout: 30_000 });
    await expect(row.innerText()).resolves.toMatch(/stopped/);
    await expect(pg.locator(".pg-compare-table").innerText()).resolves.not.toMatch(/failed/);
    await close();
  });
});

describe("a wide table on a phone", () => {
  test("scrolls sideways inside itself, with edge shadows saying so", async () => {
    const { page, close } = await openPage("/lessons/01-last/", phone);
    const table = page.locator("main table").first();
    const box = await table.evaluate((t) => ({
      scrolls: t.scrollWidth > t.clientWidth,
      overflow: getComputedStyle(t).overflowX,
      shadows: (getComputedStyle(t).backgroundImage.match(/radial-gradient/g) ?? []).length,
    }));
    expect(box).toEqual({ scrolls: true, overflow: "auto", shadows: 2 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await close();
  });
});

describe("output timestamps", () => {
  test("microtasks queued back to back are stamped back to back: showing the lines adds nothing between them", async (ctx) => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "hello");
    await replaceCode(
      pg,
      'for (let i = 0; i < 20; i++) queueMicrotask(() => console.log("microtask " + i));\n',
    );
    // Each run's first line is shown while the output is idle, the path under test. A garbage
    // collection may pause any run for a few ms; what the page adds is in every run, so the
    // tightest of three runs is judged.
    const spans: number[] = [];
    for (let run = 0; run < 3; run++) {
      await pg.getByRole("button", { name: "Run", exact: true }).click();
      await finished(pg);
      const stamps = await pg
        .getByRole("log")
        .locator(".pg-line")
        .filter({ hasText: "microtask" })
        .evaluateAll((lines) =>
          lines.map((l) => Number(/\+([\d.]+) ms/.exec(l.textContent ?? "")?.[1])),
        );
      expect(stamps).toHaveLength(20);
      spans.push(stamps.at(-1)! - stamps[0]!);
    }
    // Twenty console.log calls take well under a millisecond; a render between them, several.
    await expectUnder(ctx, "20 microtasks' stamps, tightest of 3 runs", Math.min(...spans), 3);
    await close();
  });
});
