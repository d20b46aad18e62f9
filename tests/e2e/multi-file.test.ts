// A playground of several files (the fixture lesson "files": main.ts, worker.ts, shared.ts):
// readable without JS, ARIA tabs by keyboard, one editor that follows the tab, edits kept
// per file, Reset, share links carrying every file, and TypeScript across the files.
import AxeBuilder from "axe-core";
import { decompressFromEncodedURIComponent } from "lz-string";
import type { Locator } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { finished, hoverFirstError, playground, ready } from "./playground-helpers.ts";

const LESSON = "/lessons/files/";
const ID = "spawn";
const FILES = ["main.ts", "worker.ts", "shared.ts"];

const tab = (pg: Locator, name: string) => pg.getByRole("tab", { name, exact: true });
const panel = (pg: Locator, name: string) => pg.getByRole("tabpanel", { name, exact: true });

/** Selects `file`'s tab, opens the editor there and replaces the text, as a reader pasting. */
async function editFile(pg: Locator, file: string, code: string): Promise<void> {
  const page = pg.page();
  await tab(pg, file).click();
  const edit = pg.getByRole("button", { name: "Edit" });
  if (await edit.isVisible()) await edit.click();
  const box = pg.getByRole("textbox", { name: `Code: Main and worker, ${file}` });
  await box.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press("ControlOrMeta+V");
  // Edits are saved a quarter second after the last keystroke.
  await page.waitForTimeout(600);
}

/** A file's code as the page holds it, whether or not its tab is on show. */
const codeOf = (pg: Locator, file: string) =>
  pg.locator(`[data-file="${file}"]`).evaluate((el) => {
    const area = el.querySelector("textarea");
    const monaco = el.querySelector(".monaco-editor");
    // Monaco draws spaces as no-break spaces.
    if (monaco)
      return (monaco.querySelector(".view-lines") as HTMLElement).innerText.replace(/\u00a0/g, " ");
    return area ? area.value : (el.querySelector("pre:not([hidden])")?.textContent ?? "");
  });

const selectedTab = (pg: Locator) => pg.locator('[role="tab"][aria-selected="true"]').textContent();

describe("a multi-file playground", () => {
  test("shows every file under its name when scripts are off", async () => {
    const { page, close } = await openPage(LESSON, { javaScriptEnabled: false });
    const pg = playground(page, ID);
    const headings = await pg.locator(".pg-file-name").allInnerTexts();
    expect(headings).toEqual(FILES);
    await expect(pg.locator('[data-file="worker.ts"] pre').innerText()).resolves.toContain(
      "self.onmessage",
    );
    expect(await pg.getByRole("tab").count()).toBe(0);
    await close();
  });

  test("makes the files ARIA tabs, moved between by keyboard", async () => {
    const { page, errors, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await ready(pg);
    const list = pg.getByRole("tablist", { name: "Files of Main and worker" });
    await expect(list.getByRole("tab").allTextContents()).resolves.toEqual(FILES);
    expect(await selectedTab(pg)).toBe("main.ts");
    await expect(panel(pg, "main.ts").isVisible()).resolves.toBe(true);
    await expect(panel(pg, "worker.ts").count()).resolves.toBe(0); // hidden: not in the tree
    const controls = await tab(pg, "worker.ts").getAttribute("aria-controls");
    await expect(pg.locator(`#${controls}`).getAttribute("data-file")).resolves.toBe("worker.ts");

    await tab(pg, "main.ts").focus();
    const keys: [string, string][] = [
      ["ArrowRight", "worker.ts"],
      ["End", "shared.ts"],
      ["ArrowRight", "main.ts"],
      ["ArrowLeft", "shared.ts"],
      ["Home", "main.ts"],
      ["Control+PageDown", "worker.ts"],
      ["Control+PageUp", "main.ts"],
    ];
    for (const [key, file] of keys) {
      await page.keyboard.press(key);
      expect(await selectedTab(pg), key).toBe(file);
      await expect(tab(pg, file).evaluate((el) => el === document.activeElement)).resolves.toBe(
        true,
      );
      await expect(panel(pg, file).isVisible()).resolves.toBe(true);
    }
    await page.addScriptTag({ content: AxeBuilder.source });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof AxeBuilder }).axe;
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect(violations).toEqual([]);
    // Roving tabindex: only the selected tab is in the Tab order.
    await expect(
      list.getByRole("tab").evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).tabIndex)),
    ).resolves.toEqual([0, -1, -1]);
    expect(errors).toEqual([]);
    await close();
  });

  test("keeps each file's edit across a reload, and Reset restores every file", async () => {
    const { page, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await ready(pg);
    await expect(pg.locator("[data-edited]").isVisible()).resolves.toBe(false);
    await editFile(pg, "worker.ts", "// my worker\n");
    await expect(pg.locator("[data-edited]").isVisible()).resolves.toBe(true);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => k.includes("#spawn"))).toEqual([
      "looplab:edit:v2:/lessons/files/#spawn/worker.ts",
    ]);

    await page.reload();
    await ready(pg);
    await expect(pg.locator("[data-edited]").isVisible()).resolves.toBe(true);
    expect(await codeOf(pg, "worker.ts")).toBe("// my worker\n");
    expect(await codeOf(pg, "main.ts")).toContain('import { square } from "./shared.ts"');

    page.once("dialog", (dialog) => void dialog.accept());
    await pg.getByRole("button", { name: "Reset" }).click();
    await expect(pg.locator("[data-edited]").isVisible()).resolves.toBe(false);
    expect(await codeOf(pg, "worker.ts")).toContain("self.onmessage");
    await page.reload();
    await ready(pg);
    await expect(pg.locator("[data-edited]").isVisible()).resolves.toBe(false);
    expect(await codeOf(pg, "worker.ts")).toContain("self.onmessage");
    await close();
  });

  test("shares every file in one link, which opens with them and does not run", async () => {
    const { page, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await ready(pg);
    await editFile(pg, "main.ts", 'console.log("shared main");\n');
    await editFile(pg, "shared.ts", "export const shared = 1;\n");
    await pg.getByRole("button", { name: "Share" }).click();
    await pg.and(page.locator("[data-share-url]")).waitFor();
    const url = (await pg.getAttribute("data-share-url")) ?? "";
    const [, payload] = /#spawn:(.+)$/.exec(url) ?? [];
    const shared = JSON.parse(decompressFromEncodedURIComponent(payload ?? "")) as {
      files: Record<string, string>;
    };
    expect(Object.keys(shared.files)).toEqual(FILES);
    expect(shared.files["main.ts"]).toBe('console.log("shared main");\n');

    const other = await openPage(url);
    const opened = playground(other.page, ID);
    await ready(opened);
    await opened.getByText("Shared code — read it before you run it").waitFor();
    expect(await codeOf(opened, "main.ts")).toBe('console.log("shared main");\n');
    expect(await codeOf(opened, "shared.ts")).toBe("export const shared = 1;\n");
    expect(await codeOf(opened, "worker.ts")).toContain("self.onmessage");
    await other.page.waitForTimeout(300);
    await expect(opened.getByRole("log").innerText()).resolves.toBe("");
    await other.close();
    await close();
  });

  test("types imports across files in Monaco: a wrong call is an error", async () => {
    const { page, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await ready(pg);
    await pg.getByRole("button", { name: "Edit" }).click();
    await pg.and(page.locator('[data-editor="monaco"]')).waitFor({ timeout: 60_000 });
    await editFile(pg, "main.ts", 'import { square } from "./shared.ts";\n\nsquare("two");\n');
    const hover = await hoverFirstError(page, pg);
    expect(hover).toContain(
      "Argument of type 'string' is not assignable to parameter of type 'number'",
    );
    // The editor follows the tab: shared.ts's own model, unchanged.
    await tab(pg, "shared.ts").click();
    await pg.and(page.locator('[data-editor="monaco"]')).waitFor({ timeout: 30_000 });
    expect(await codeOf(pg, "shared.ts")).toContain("export function square");
    await close();
  });

  test("shows its first file as a tab before any of its code loads, which a reader's reach starts", async () => {
    const { page, requests, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await page.waitForLoadState("networkidle");
    expect(requests.filter((url) => /files-parts/.test(url))).toEqual([]);
    await expect(tab(pg, "main.ts").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(panel(pg, "main.ts").isVisible()).resolves.toBe(true);
    await expect(pg.locator('[data-file="worker.ts"]').isVisible()).resolves.toBe(false);
    // A click on a tab before the code is there is not lost: it loads it, then counts.
    await tab(pg, "worker.ts").click();
    await pg.locator('[role="tab"][aria-selected="true"]', { hasText: "worker.ts" }).waitFor();
    await panel(pg, "worker.ts").waitFor({ state: "visible" });
    expect(requests.filter((url) => /files-parts/.test(url)).length).toBe(1);
    await close();
  });

  test("runs the unedited program from the build: no compiler fetched", async () => {
    const { page, requests, errors, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await ready(pg);
    await pg.getByRole("button", { name: "Run", exact: true }).click();
    await finished(pg);
    await expect(pg.getByRole("log").innerText()).resolves.toMatch(/main\s+worker: 16, main: 9/);
    expect(requests.filter((url) => /esbuild/i.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  test("an edited worker's error names its file and line, and its link opens that file", async () => {
    const { page, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await ready(pg);
    await editFile(
      pg,
      "worker.ts",
      'self.onmessage = () => {\n  throw new Error("bad input");\n};\n',
    );
    await tab(pg, "main.ts").click();
    await pg.getByRole("button", { name: "Run", exact: true }).click();
    await finished(pg, 60_000);
    const log = pg.getByRole("log");
    await expect(log.innerText()).resolves.toContain("bad input");
    const jump = log.getByRole("button", { name: /^Go to worker\.ts, line 2, column \d+$/ });
    await expect(jump.innerText()).resolves.toMatch(/^worker\.ts:2:\d+$/);
    await jump.click();
    expect(await selectedTab(pg)).toBe("worker.ts");
    const editor = pg.getByRole("textbox", { name: "Code: Main and worker, worker.ts" });
    // The editor takes focus once it shows the file, which may be a frame or two after the click.
    await expect
      .poll(() => editor.evaluate((el) => el === document.activeElement), { timeout: 5_000 })
      .toBe(true);
    await close();
  });

  test("a compile error names its file; the file's code marks the line", async () => {
    const { page, close } = await openPage(LESSON);
    const pg = playground(page, ID);
    await ready(pg);
    await editFile(pg, "shared.ts", "export function square(n: number) {\n  return n * ;\n}\n");
    await pg.getByRole("button", { name: "Done" }).click();
    await tab(pg, "main.ts").click();
    await pg.getByRole("button", { name: "Run", exact: true }).click();
    await finished(pg, 60_000);
    const log = pg.getByRole("log");
    await expect(log.innerText()).resolves.toMatch(/Compile error: .*\s+shared\.ts:2:\d+/);
    const marked = pg.locator('[data-file="shared.ts"] pre:not([hidden]) .line[data-error]');
    await expect(marked.allTextContents()).resolves.toEqual(["  return n * ;"]);
    await close();
  });
});
