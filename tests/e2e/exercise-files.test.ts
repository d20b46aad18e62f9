// An exercise in several files (the fixture lesson "files", exercise "doubler": main.ts given,
// worker.ts to write): Check judges main.ts's exports, the solution shows every file, loads
// into the tabs with the reader's own files kept, and compares file by file.
import type { Locator } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { playground, ready } from "./playground-helpers.ts";
import { check } from "./verdicts.ts";

const LESSON = "/lessons/files/";
const ID = "doubler";
const MINE = "// my worker\nself.onmessage = () => {};\n";

const filesOf = (pg: Locator) =>
  pg.evaluate((el) => (el as HTMLElement & { code: { files: Record<string, string> } }).code.files);

/** Replaces worker.ts's text as a reader pasting would. */
async function editWorker(pg: Locator, code: string): Promise<void> {
  const page = pg.page();
  await pg.getByRole("tab", { name: "worker.ts", exact: true }).click();
  await pg.getByRole("button", { name: "Edit" }).click();
  const box = pg.getByRole("textbox", { name: "Code: The worker's side, worker.ts" });
  await box.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press("ControlOrMeta+V");
  // Edits are saved a quarter second after the last keystroke.
  await page.waitForTimeout(600);
}

describe("an exercise in several files", () => {
  test("Check fails the starter with the check's message, and passes the loaded solution", async () => {
    const { page, errors, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await ready(pg);
    await expect(pg.getByRole("tab").allTextContents()).resolves.toEqual(["main.ts", "worker.ts"]);
    const starter = await check(pg, 60_000);
    expect(starter.verdict, starter.text).toBe("failed");
    expect(starter.text).toContain("job 7 (n = 2): expected 4, got 0");

    const exercise = page.locator(`[data-exercise="${ID}"]`);
    await exercise.locator("[data-solution] summary").click();
    await exercise.getByRole("button", { name: "Load into the editor" }).click();
    await pg.getByText("The model solution is in the editor; your code is kept.").waitFor();
    expect((await filesOf(pg))["worker.ts"]).toContain("event.data.n * 2");
    const solved = await check(pg, 60_000);
    const log = await pg.getByRole("log").innerText();
    expect(solved.verdict, `${solved.text}\n${log}`).toBe("passed");
    expect(errors).toEqual([]);
    await close();
  }, 150_000);

  test("the solution shows every file under its name", async () => {
    const { page, close } = await openPage(LESSON, { javaScriptEnabled: false });
    const files = page.locator(`[data-exercise="${ID}"] [data-solution-file]`);
    await expect(files.locator("h4").allTextContents()).resolves.toEqual([
      "main.ts (as given)",
      "worker.ts",
    ]);
    await expect(files.nth(1).locator("pre").textContent()).resolves.toContain(
      "result: event.data.n * 2",
    );
    await expect(files.nth(0).locator("pre").textContent()).resolves.toContain(
      "export const replies",
    );
    await close();
  });

  test("loading the solution keeps my files as my saved edit, one click away", async () => {
    const { page, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await ready(pg);
    await editWorker(pg, MINE);
    const exercise = page.locator(`[data-exercise="${ID}"]`);
    await exercise.locator("[data-solution] summary").click();
    await exercise.getByRole("button", { name: "Load into the editor" }).click();
    await pg.getByText("The model solution is in the editor; your code is kept.").waitFor();
    expect((await filesOf(pg))["worker.ts"]).toContain("event.data.n * 2");
    // Saved while the solution is on show: the reader's files, not the solution's.
    await pg.getByRole("button", { name: "Run", exact: true }).click();
    const saved = await page.evaluate(() =>
      Object.entries(localStorage).filter(([k]) => k.includes("#doubler/worker.ts")),
    );
    expect(JSON.stringify(saved)).toContain("my worker");
    await pg.getByRole("button", { name: "Back to my code" }).click();
    expect((await filesOf(pg))["worker.ts"]).toBe(MINE);
    await page.reload();
    await ready(pg);
    expect((await filesOf(pg))["worker.ts"]).toBe(MINE);
    await close();
  }, 90_000);

  test("Compare with mine diffs each file against the solution's", async () => {
    const { page, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await ready(pg);
    const exercise = page.locator(`[data-exercise="${ID}"]`);
    await exercise.locator("[data-solution] summary").click();
    await exercise.getByRole("button", { name: "Compare with mine" }).click();
    const worker = exercise.locator('[data-diff-file="worker.ts"]');
    await expect(worker.locator(".diff-mine").allTextContents()).resolves.toContain(
      "−   self.postMessage({ id: event.data.id, result: 0 });",
    );
    await expect(worker.locator(".diff-theirs").allTextContents()).resolves.toContain(
      "+   self.postMessage({ id: event.data.id, result: event.data.n * 2 });",
    );
    await expect(
      exercise.locator('[data-diff-file="main.ts"] [data-diff-lines]').innerText(),
    ).resolves.toContain("(no difference)");
    await exercise.getByRole("button", { name: "Hide the comparison" }).click();
    await expect(exercise.locator("[data-solution-diff]").isVisible()).resolves.toBe(false);
    await close();
  });
});
