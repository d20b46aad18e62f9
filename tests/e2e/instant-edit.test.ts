// Editing at once: a click into the code gives a caret there in the same task (a textarea),
// and Monaco takes over later without losing keystrokes, caret, selection or undo. Monaco's
// entry chunk is held back by a route, so the textarea phase lasts as long as a test needs.
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { finished, playground, ready } from "./playground-helpers.ts";

const FIXTURES = "/fixtures/playground/";
const MONACO = /\/monaco-api\.[\w-]+\.js$/;

/** Holds Monaco's entry chunk until `release()`. */
async function holdMonaco(page: Page): Promise<{ release(): void; requested(): boolean }> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let requested = false;
  await page.route(MONACO, async (route) => {
    requested = true;
    await gate;
    await route.continue();
  });
  return { release, requested: () => requested };
}

/** The playground's code as the reader has it now, whichever editor holds it. */
const codeOf = (pg: Locator) => pg.evaluate((el) => (el as HTMLElement & { code: string }).code);

/** Clicks in the static code on the character `column` (0-based) of `line` (1-based). */
async function clickAt(pg: Locator, line: number, column: number): Promise<void> {
  const spot = await pg.locator("[data-code] pre.shiki").evaluate(
    (pre, [line, column]) => {
      const lineEl = pre.querySelectorAll("span.line")[line - 1]!;
      const walker = document.createTreeWalker(lineEl, NodeFilter.SHOW_TEXT);
      let left = column;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        if (left < text.length) {
          const range = document.createRange();
          range.setStart(node, left);
          range.setEnd(node, left + 1);
          const r = range.getBoundingClientRect();
          return { x: r.left + 1, y: r.top + r.height / 2 };
        }
        left -= text.length;
      }
      throw new Error("column past the line");
    },
    [line, column] as const,
  );
  await pg.page().mouse.click(spot.x, spot.y);
}

describe("editing at once", () => {
  test("a click into the code puts a caret there before Monaco loads", async () => {
    const { page, errors, close } = await openPage(FIXTURES);
    const held = await holdMonaco(page);
    const pg = playground(page, "hello");
    await ready(pg);
    // Line 3 is `console.log(\`hello from ${threadName()}\`);`: click just before "log".
    await clickAt(pg, 3, 8);
    await page.keyboard.type("X");
    const value = await codeOf(pg);
    expect(value.split("\n")[2]).toBe("console.Xlog(`hello from ${threadName()}`);");
    await expect(pg.getAttribute("data-editor")).resolves.toBe("textarea");
    // Requested on intent (a few chunks in a row), not necessarily before the first keystroke.
    await expect.poll(() => held.requested(), { timeout: 15_000 }).toBe(true);
    held.release();
    await pg.and(page.locator("[data-editor='monaco']")).waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await close();
  });

  test("typing while Monaco loads is kept, and the caret and selection carry over", async () => {
    const { page, close } = await openPage(FIXTURES);
    const held = await holdMonaco(page);
    const pg = playground(page, "hello");
    await ready(pg);
    await pg.getByRole("button", { name: "Edit" }).click();
    await page.keyboard.type("// one\n");
    // Select "// one" backwards from the end of its line, as Shift+Home would.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("End");
    await page.keyboard.press("Shift+Home");
    held.release();
    await pg.and(page.locator("[data-editor='monaco']")).waitFor({ timeout: 60_000 });
    // Typing now replaces the selection that was made in the textarea.
    await page.keyboard.insertText("let z = 2;");
    const original = await pg.locator("[data-code] pre.shiki").textContent();
    expect(await codeOf(pg)).toBe(`let z = 2;\n${original}`);
    // Undo walks back through the typing in Monaco to the text as it was handed over, then
    // the typing done before Monaco goes in one more step.
    let steps = 0;
    while ((await codeOf(pg)) !== `// one\n${original}` && steps++ < 10)
      await page.keyboard.press("ControlOrMeta+Z");
    expect(await codeOf(pg)).toBe(`// one\n${original}`);
    await page.keyboard.press("ControlOrMeta+Z");
    expect(await codeOf(pg)).toBe(original);
    await close();
  });

  test("Run does not wait for the editor to load", async () => {
    const { page, close } = await openPage(FIXTURES);
    const held = await holdMonaco(page);
    const pg = playground(page, "hello");
    await ready(pg);
    await pg.getByRole("button", { name: "Edit" }).click();
    await page.keyboard.type('console.log("typed before Monaco");\n');
    await pg.getByRole("button", { name: "Run", exact: true }).click();
    await finished(pg);
    await expect(pg.getByRole("log").innerText()).resolves.toContain("typed before Monaco");
    await expect(pg.getAttribute("data-editor")).resolves.toBe("textarea");
    held.release();
    await close();
  });

  test("Monaco starts loading when the pointer reaches the code, not at idle", async () => {
    const { page, requests, close } = await openPage(FIXTURES);
    const pg = playground(page, "hello");
    await ready(pg);
    await page.waitForTimeout(1500);
    expect(requests.filter((u) => MONACO.test(u))).toEqual([]);
    await pg.locator("[data-code]").hover();
    await expect
      .poll(() => requests.filter((u) => MONACO.test(u)).length, { timeout: 15_000 })
      .toBe(1);
    await close();
  });

  test("Edit becomes Done, which closes the editor and keeps the edit", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "hello");
    await ready(pg);
    const edit = pg.locator('button[data-action="edit"]');
    await edit.click();
    await expect(edit.textContent()).resolves.toBe("Done");
    await page.keyboard.type("// mine\n");
    await edit.click();
    await expect(edit.textContent()).resolves.toBe("Edit");
    await expect(pg.getAttribute("data-editor")).resolves.toBeNull();
    await expect(pg.locator("[data-code] pre:not([hidden])").innerText()).resolves.toMatch(
      /^\/\/ mine\nimport/,
    );
    await expect(pg.locator("[data-edited]").isVisible()).resolves.toBe(true);
    await close();
  });

  test("Ctrl+Enter on the read-only code runs it", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "hello");
    await ready(pg);
    await pg.locator("[data-code] pre").first().focus();
    await page.keyboard.press("Control+Enter");
    await finished(pg);
    await expect(pg.getByRole("log").innerText()).resolves.toContain("hello from main");
    // Still read-only: the key ran the code instead of opening the editor.
    await expect(pg.getAttribute("data-editor")).resolves.toBeNull();
    await close();
  });
});
