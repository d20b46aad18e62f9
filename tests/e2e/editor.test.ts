// The on-demand editor (src/editor) in real Chromium, through the fixture page
// /fixtures/editor/: two containers and an "Edit both" button that imports the
// editor and exposes the handles on `window.editorFixture`.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseURL, openPage, type OpenedPage } from "./browser.ts";

interface FixtureHandle {
  getValue(): string;
  setValue(value: string): void;
  focus(): void;
  setMarkers(diags: { line: number; column: number; message: string }[]): void;
  revealLine(line: number, column?: number): void;
  dispose(): void;
  readonly kind: "monaco" | "textarea";
}
interface FixtureWindow {
  editorFixture: { handles: FixtureHandle[]; changes: string[][]; runs: number[]; ready: boolean };
}

const PATH = "/fixtures/editor/";

async function createEditors(page: Page): Promise<void> {
  await page.click("#create-editors");
  await page.waitForFunction(() => (window as unknown as FixtureWindow).editorFixture.ready);
}

function fixture<T>(page: Page, read: (state: FixtureWindow["editorFixture"]) => T): Promise<T> {
  // Serialised into the page, so it must not close over test variables.
  return page.evaluate<T>(`(${read.toString()})(window.editorFixture)`);
}

const slot = (i: number) => `.editor-slot[data-index="${i}"]`;

/** The hover text Monaco shows over the first error squiggle in editor `i`. */
async function hoverFirstError(page: Page, i: number): Promise<string> {
  const squiggle = page.locator(`${slot(i)} .squiggly-error`).first();
  await squiggle.waitFor({ state: "attached", timeout: 30_000 });
  const box = await squiggle.boundingBox();
  if (!box) throw new Error("error squiggle has no box");
  // The squiggle sits under the text layer, so hover by position.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator(".monaco-hover:visible").first();
  await hover.waitFor({ timeout: 10_000 });
  const text = await hover.innerText();
  await page.mouse.move(0, 0);
  return text;
}

const background = (page: Page) =>
  page
    .locator(`${slot(0)} .monaco-editor-background`)
    .evaluate((el) => getComputedStyle(el).backgroundColor);

describe("Monaco editor", () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage(PATH);
    page = opened.page;
    await page.evaluate(() => (document.documentElement.dataset["theme"] = "light"));
    await createEditors(page);
  });
  afterAll(() => opened.close());

  it("creates two Monaco editors, loading Monaco and its workers once, all from this origin", async () => {
    expect(await fixture(page, (s) => s.handles.map((h) => h.kind))).toEqual(["monaco", "monaco"]);
    await expect
      .poll(() => page.getByRole("textbox", { name: /^Code: fixture 2/ }).count())
      .toBe(1);
    // Both models must have reached the TypeScript worker before counting.
    await page.locator(`${slot(1)} .view-lines`).waitFor();
    await page.waitForTimeout(1_000);
    const origin = new URL(baseURL).origin;
    expect(opened.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    const count = (re: RegExp) => opened.requests.filter((url) => re.test(url)).length;
    expect(count(/\/monaco-api\.[\w-]+\.js$/)).toBe(1);
    expect(count(/\/ts\.worker-[\w-]+\.js$/)).toBe(1);
    expect(count(/\/editor\.worker-[\w-]+\.js$/)).toBeLessThanOrEqual(1);
    expect(opened.errors).toEqual([]);
  });

  it("reports typing through getValue and onChange", async () => {
    await page.click(`${slot(1)} .view-lines`);
    await page.keyboard.press("Control+End");
    await page.keyboard.type("const typed = 1;");
    const value = await fixture(page, (s) => s.handles[1]!.getValue());
    expect(value).toContain("const typed = 1;");
    const changes = await fixture(page, (s) => s.changes[1]!);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.at(-1)).toBe(value);
  });

  it("runs on Ctrl+Enter without inserting a line", async () => {
    const before = await fixture(page, (s) => s.handles[1]!.getValue());
    await page.click(`${slot(1)} .view-lines`);
    await page.keyboard.press("Control+Enter");
    expect(await fixture(page, (s) => s.runs)).toEqual([0, 1]);
    expect(await fixture(page, (s) => s.handles[1]!.getValue())).toBe(before);
    // The first editor's shortcut must not have been taken over by the second.
    await page.click(`${slot(0)} .view-lines`);
    await page.keyboard.press("Control+Enter");
    expect(await fixture(page, (s) => s.runs)).toEqual([1, 1]);
  });

  it("shows a TypeScript error for a wrong call to a lab helper", async () => {
    const changesBefore = await fixture(page, (s) => s.changes[0]!.length);
    await page.evaluate(() =>
      (window as unknown as FixtureWindow).editorFixture.handles[0]!.setValue(
        'import { sleep } from "lab";\n\nawait sleep("x");\n',
      ),
    );
    const message = await hoverFirstError(page, 0);
    expect(message).toMatch(/'string' is not assignable to parameter of type 'number'/);
    // setValue is programmatic: the caller already knows the text.
    expect(await fixture(page, (s) => s.changes[0]!.length)).toBe(changesBefore);
  });

  it("lets the reader undo a setValue", async () => {
    await page.click(`${slot(0)} .view-lines`);
    await page.keyboard.press("Control+Z");
    const value = await fixture(page, (s) => s.handles[0]!.getValue());
    expect(value).toContain("const t0 = now();");
    expect(value).not.toContain('sleep("x")');
  });

  it("shows and clears markers set by the caller", async () => {
    await page.evaluate(() =>
      (window as unknown as FixtureWindow).editorFixture.handles[1]!.setMarkers([
        { line: 1, column: 7, message: "Compile failed here" },
      ]),
    );
    expect(await hoverFirstError(page, 1)).toContain("Compile failed here");
    await page.evaluate(() =>
      (window as unknown as FixtureWindow).editorFixture.handles[1]!.setMarkers([]),
    );
    await expect
      .poll(() => page.locator(`${slot(1)} .squiggly-error`).count(), { timeout: 10_000 })
      .toBe(0);
  });

  it("puts the cursor where revealLine says", async () => {
    await page.evaluate(() =>
      (window as unknown as FixtureWindow).editorFixture.handles[1]!.revealLine(2, 1),
    );
    await page.keyboard.type("/*here*/");
    const lines = (await fixture(page, (s) => s.handles[1]!.getValue())).split("\n");
    expect(lines[1]?.startsWith("/*here*/")).toBe(true);
  });

  it("indents on Tab, and lets Escape then Tab leave", async () => {
    const inEditor = () =>
      page.evaluate(() => !!document.activeElement?.closest('.editor-slot[data-index="1"]'));
    await page.click(`${slot(1)} .view-lines`);
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Tab");
    expect(await fixture(page, (s) => s.handles[1]!.getValue().startsWith("  "))).toBe(true);
    expect(await inEditor()).toBe(true);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await inEditor()).toBe(false);
  });

  it("follows the page theme with shiki's github colours", async () => {
    expect(await background(page)).toBe("rgb(255, 255, 255)");
    await page.evaluate(() => (document.documentElement.dataset["theme"] = "dark"));
    await expect.poll(() => background(page), { timeout: 10_000 }).toBe("rgb(13, 17, 23)");
    await page.evaluate(() => (document.documentElement.dataset["theme"] = "light"));
    await expect.poll(() => background(page), { timeout: 10_000 }).toBe("rgb(255, 255, 255)");
  });

  it("disposes one editor and leaves the other", async () => {
    await page.evaluate(() =>
      (window as unknown as FixtureWindow).editorFixture.handles[1]!.dispose(),
    );
    expect(await page.locator(`${slot(1)} .monaco-editor`).count()).toBe(0);
    expect(await page.locator(`${slot(0)} .monaco-editor`).count()).toBe(1);
  });
});

describe("editor choice", () => {
  it("gives a narrow desktop window the textarea too", async () => {
    const opened = await openPage(PATH, { viewport: { width: 600, height: 800 } });
    await createEditors(opened.page);
    expect(await fixture(opened.page, (s) => s.handles.map((h) => h.kind))).toEqual([
      "textarea",
      "textarea",
    ]);
    await opened.close();
  });
});

describe("textarea editor on a phone", () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage(PATH, {
      viewport: { width: 375, height: 700 },
      hasTouch: true,
      isMobile: true,
    });
    page = opened.page;
    await createEditors(page);
  });
  afterAll(() => opened.close());

  it("uses a textarea and never downloads Monaco", async () => {
    expect(await fixture(page, (s) => s.handles.map((h) => h.kind))).toEqual([
      "textarea",
      "textarea",
    ]);
    // Only scripts: Astro links the CSS of chunks a page script may import()
    // into the page head, Monaco's included (withastro/astro#9495).
    expect(opened.requests.filter((url) => /(monaco|\.worker-).*\.js$/.test(url))).toEqual([]);
    expect(await page.getByRole("textbox", { name: "Code: fixture 1" }).count()).toBe(1);
  });

  it("edits, indents with Tab and runs on Ctrl+Enter", async () => {
    const area = page.locator(`${slot(0)} textarea`);
    await area.tap();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Tab");
    await page.keyboard.type("done();");
    const value = await fixture(page, (s) => s.handles[0]!.getValue());
    expect(value.endsWith("\n  done();")).toBe(true);
    expect(await fixture(page, (s) => s.changes[0]!.at(-1))).toBe(value);
    await page.keyboard.press("Control+Enter");
    expect(await fixture(page, (s) => s.runs)).toEqual([1, 0]);
    expect(await fixture(page, (s) => s.handles[0]!.getValue())).toBe(value);
  });

  it("lets Escape then Tab leave the textarea", async () => {
    const area = page.locator(`${slot(0)} textarea`);
    await area.focus();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await area.evaluate((el) => el === document.activeElement)).toBe(false);
  });

  it("grows with its content instead of scrolling", async () => {
    const area = page.locator(`${slot(0)} textarea`);
    const before = (await area.boundingBox())?.height ?? 0;
    await page.evaluate(() =>
      (window as unknown as FixtureWindow).editorFixture.handles[0]!.setValue("a\n".repeat(30)),
    );
    const after = (await area.boundingBox())?.height ?? 0;
    expect(after).toBeGreaterThan(before);
    expect(await area.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  });
});
