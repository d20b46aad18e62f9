import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { playground, ready, replaceCode, runIn } from "./playground-helpers.ts";

// A learner saves their work to a file and loads it in another browser profile.
test("saved work travels in a file to another browser and shows in its playground", async () => {
  const { page, close } = await openPage("/lessons/intro/");
  const pg = playground(page, "hello");
  await replaceCode(pg, 'console.log("my own version");\n');
  expect(await runIn(pg, "serial")).toContain("my own version");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save my work to a file" }).click();
  // Kept outside the browser profile, which goes when the page closes.
  const file = join(mkdtempSync(join(tmpdir(), "looplab-work-")), "my work.json");
  await (await download).saveAs(file);
  const saved = JSON.parse(readFileSync(file, "utf8")) as { edits: Record<string, unknown> };
  expect(Object.keys(saved.edits)).toEqual(["/lessons/intro/#hello"]);
  await close();

  const other = await openPage("/lessons/intro/");
  await other.page.locator("[data-import-work]").setInputFiles(file);
  await other.page.getByText(/Loaded 0 passed exercise\(s\) and 1 edit/).waitFor();
  await other.page.reload();
  const mine = playground(other.page, "hello");
  await ready(mine);
  await expect(mine.locator("[data-code]").innerText()).resolves.toContain("my own version");
  await other.close();
});
