// Exercises a reader can try: hints one at a time, the solution loaded into the editor with
// their own code one click away, a diff against it, and check messages in plain words.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { playground, ready, replaceCode } from "./playground-helpers.ts";

const FIXTURES = "/fixtures/playground/";
const codeOf = (page: Page) =>
  playground(page, "squares").evaluate((el) => (el as HTMLElement & { code: string }).code);

describe("an exercise to try", () => {
  test("hints open one at a time, before the solution", async () => {
    const { page, close } = await openPage(FIXTURES);
    const hints = page.locator('[data-exercise="squares"] .exercise-hint');
    await expect(hints.count()).resolves.toBe(2);
    await expect(hints.nth(0).isVisible()).resolves.toBe(true);
    await expect(hints.nth(1).isVisible()).resolves.toBe(false);
    await hints.nth(0).locator("summary").click();
    await expect(hints.nth(0).innerText()).resolves.toContain("where does it run?");
    await expect(hints.nth(1).isVisible()).resolves.toBe(true);
    await expect(hints.nth(1).innerText()).resolves.toBe("Hint 2 of 2");
    await close();
  });

  test("the solution loads into the editor, Check checks it, and one click brings my code back", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "squares");
    await replaceCode(pg, "// my attempt\nexport const nothing = 0;\n");
    const exercise = page.locator('[data-exercise="squares"]');
    await exercise.locator("[data-solution] summary").click();
    const solution = (await exercise.locator("[data-solution-code] pre").textContent()) ?? "";
    await exercise.getByRole("button", { name: "Load into the editor" }).click();
    expect(await codeOf(page)).toBe(solution);
    await pg.getByText("The model solution is in the editor; your code is kept.").waitFor();
    await pg.getByRole("button", { name: "Check" }).click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-id="squares"] .pg-checks-verdict')
          ?.getAttribute("data-status") === "passed",
      null,
      { timeout: 90_000 },
    );
    // Reloading keeps the reader's own code as their edit, not the solution.
    await pg.getByRole("button", { name: "Back to my code" }).click();
    expect(await codeOf(page)).toBe("// my attempt\nexport const nothing = 0;\n");
    await page.reload();
    await ready(pg);
    expect(await codeOf(page)).toBe("// my attempt\nexport const nothing = 0;\n");
    await close();
  }, 150_000);

  test("Compare with mine shows a line diff against the solution", async () => {
    const { page, close } = await openPage(FIXTURES);
    const exercise = page.locator('[data-exercise="squares"]');
    await ready(playground(page, "squares"));
    await exercise.locator("[data-solution] summary").click();
    await exercise.getByRole("button", { name: "Compare with mine" }).click();
    const removed = await exercise.locator(".diff-mine").allTextContents();
    const added = await exercise.locator(".diff-theirs").allTextContents();
    // The starter differs from the solution in its comment and in parallelSquares's `on`.
    expect(removed.join("\n")).toContain('{ on: "serial" }); // TODO');
    expect(added.join("\n")).toContain('{ on: "pool", workers: 2 });');
    expect(await exercise.locator(".diff-same").count()).toBeGreaterThan(3);
    await exercise.getByRole("button", { name: "Hide the comparison" }).click();
    await expect(exercise.locator("[data-solution-diff]").isVisible()).resolves.toBe(false);
    await close();
  });

  test("an emptied editor gets a check message naming the missing export", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "squares");
    await replaceCode(pg, "\n");
    await pg.getByRole("button", { name: "Check" }).click();
    const results = pg.locator("[data-check-results]");
    await pg.locator(".pg-checks-verdict").waitFor({ timeout: 60_000 });
    const text = await results.innerText();
    expect(text).toContain("Your code does not export `parallelSquares`");
    expect(text).not.toMatch(/\b[a-z]\.\w+ is not a function/);
    await close();
  });
});
