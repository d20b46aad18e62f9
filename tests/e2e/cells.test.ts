// Cells: a playground imports what one above it on the page exports, by id (the fixture
// lesson "files": `uses-fib` imports `fib` from `#fib-demo`).
import { describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { finished, hoverFirstError, playground, ready, replaceCode } from "./playground-helpers.ts";

const LESSON = "/lessons/files/";

describe("cells", () => {
  test("an unedited importer runs from the build, the cell's output labelled with its id", async () => {
    const { page, requests, errors, close } = await openPage(LESSON);
    const pg = playground(page, "uses-fib");
    await ready(pg);
    await pg.getByRole("button", { name: "Run", exact: true }).click();
    await finished(pg);
    const log = await pg.getByRole("log").innerText();
    expect(log).toMatch(/#fib-demo\s+fib cell loaded/);
    expect(log).toContain("fib(20) = 6765");
    expect(requests.filter((url) => /esbuild/i.test(url))).toEqual([]);
    // It runs as a program (its module and the cell's), which the Event loop view does not
    // record: no button that would do nothing. The cell itself, a plain snippet, has one.
    await expect(pg.getByRole("button", { name: "Event loop" }).count()).resolves.toBe(0);
    await expect(
      playground(page, "fib-demo").getByRole("button", { name: "Event loop" }).count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  test("an edit of the cell reaches its importer: a notice, then the edited code runs", async () => {
    const { page, close } = await openPage(LESSON);
    const cell = playground(page, "fib-demo");
    const importer = playground(page, "uses-fib");
    await ready(importer);
    await expect(importer.getByRole("status").first().isHidden()).resolves.toBe(true);
    await replaceCode(
      cell,
      'console.log("my fib");\nexport function fib(n: number): number {\n  return n * 1000;\n}\n',
    );
    const notice = importer.locator("[data-notice]");
    await notice.waitFor({ state: "visible" });
    await expect(notice.innerText()).resolves.toContain("#fib-demo, edited above");
    await importer.getByRole("button", { name: "Run", exact: true }).click();
    await finished(importer, 60_000);
    const log = await importer.getByRole("log").innerText();
    expect(log).toMatch(/#fib-demo\s+my fib/);
    expect(log).toContain("fib(20) = 20000");
    await close();
  });

  test("an error inside the cell is placed at the cell's line", async () => {
    const { page, close } = await openPage(LESSON);
    const cell = playground(page, "fib-demo");
    const importer = playground(page, "uses-fib");
    await replaceCode(
      cell,
      'export function fib(n: number): number {\n  throw new RangeError("no fib today " + n);\n}\n',
    );
    await ready(importer);
    await importer.getByRole("button", { name: "Run", exact: true }).click();
    await finished(importer, 60_000);
    const log = importer.getByRole("log");
    await expect(log.innerText()).resolves.toContain("RangeError: no fib today 20");
    await expect(log.innerText()).resolves.toMatch(/#fib-demo:2:\d+/);
    await close();
  });

  test("the importer's editor types the cell's exports", async () => {
    const { page, close } = await openPage(LESSON);
    const importer = playground(page, "uses-fib");
    await ready(importer);
    await replaceCode(importer, 'import { fib } from "#fib-demo";\n\nfib("twenty");\n');
    await importer.and(page.locator('[data-editor="monaco"]')).waitFor({ timeout: 60_000 });
    const hover = await hoverFirstError(page, importer);
    expect(hover).toContain(
      "Argument of type 'string' is not assignable to parameter of type 'number'",
    );
    await close();
  });
});
