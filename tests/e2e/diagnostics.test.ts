// Diagnostics as TypeScript Playground readers expect them: code with type errors still runs,
// the output then says how many errors there were and where; phones get the same errors from
// a worker, without Monaco; the line a run failed on is marked in the code, read-only or not.
import { describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { finished, playground, ready, replaceCode, runIn } from "./playground-helpers.ts";

const FIXTURES = "/fixtures/playground/";
const TYPE_ERROR = 'const count: number = "three";\nconsole.log("count is", count);\n';
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

describe("type errors at Run", () => {
  // Editing loads Monaco and TypeScript: allow for a busy machine.
  test("the code runs anyway, and the output counts the errors and links their lines", async () => {
    const { page, errors, close } = await openPage(FIXTURES);
    const pg = playground(page, "hello");
    await replaceCode(pg, TYPE_ERROR);
    await pg.getByRole("button", { name: "Run", exact: true }).click();
    await finished(pg);
    const log = pg.getByRole("log");
    await expect(log.innerText()).resolves.toContain("count is three");
    await log.getByText("1 type error — ran anyway").waitFor({ timeout: 60_000 });
    await expect(log.innerText()).resolves.toMatch(
      /Type error: Type 'string' is not assignable to type 'number'\. \(TS2322\)\s*line 1:7/,
    );
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  test("a phone's textarea lists the same errors, checked in a worker, and never loads Monaco", async () => {
    const { page, requests, close } = await openPage(FIXTURES, phone);
    const pg = playground(page, "hello");
    await replaceCode(pg, TYPE_ERROR);
    await expect(pg.getAttribute("data-editor")).resolves.toBe("textarea");
    const list = pg.locator(".looplab-diagnostics");
    await list.getByText("line 1:7").waitFor({ timeout: 60_000 });
    await expect(list.innerText()).resolves.toContain("Type 'string' is not assignable");
    await expect(
      pg.getByRole("textbox", { name: /^Code:/ }).getAttribute("aria-invalid"),
    ).resolves.toBe("true");
    await pg.getByRole("button", { name: "Run", exact: true }).click();
    await finished(pg);
    await pg.getByRole("log").getByText("1 type error — ran anyway").waitFor({ timeout: 60_000 });
    expect(requests.filter((u) => /type-check-worker/.test(u)).length).toBeGreaterThan(0);
    expect(requests.filter((u) => /monaco-api|ts\.worker/.test(u))).toEqual([]);
    await close();
  });

  test("unedited code is not checked again: nothing heavy loads to run it", async () => {
    const { page, requests, close } = await openPage(FIXTURES);
    await runIn(playground(page, "hello"));
    await page.waitForTimeout(500);
    expect(requests.filter((u) => /type-check|ts\.worker|monaco/.test(u))).toEqual([]);
    await close();
  });
});

describe("a runtime error's line", () => {
  test("is marked in the read-only code, and in the editor once it opens", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "throws");
    await runIn(pg, "serial");
    const marked = pg.locator("[data-code] pre:not([hidden]) .line[data-error]");
    await expect(marked.count()).resolves.toBe(1);
    await expect(marked.innerText()).resolves.toContain("throw new Error");
    await expect(marked.getAttribute("title")).resolves.toContain("too big: 3");
    await pg.getByRole("button", { name: "Edit" }).click();
    await pg.and(page.locator("[data-editor='monaco']")).waitFor({ timeout: 60_000 });
    await pg.locator(".squiggly-error").first().waitFor({ state: "attached", timeout: 10_000 });
    await close();
  });

  test("is listed under a phone's textarea", async () => {
    const { page, close } = await openPage(FIXTURES, phone);
    const pg = playground(page, "throws");
    await ready(pg);
    await runIn(pg, "serial");
    await pg.getByRole("button", { name: "Edit" }).click();
    await expect(pg.locator(".looplab-diagnostics").innerText()).resolves.toMatch(
      /line 3:\d+ .*too big: 3/,
    );
    await close();
  });
});
