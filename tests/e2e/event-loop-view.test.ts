import AxeBuilder from "axe-core";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage } from "./browser.ts";
import { finished, playground, ready, replaceCode, runIn } from "./playground-helpers.ts";

const PAGE = "/fixtures/playground/";
/** Chunks only the Event loop view needs: its island part and the recorder (with acorn). */
const VIEW_CHUNK = /event-loop-view|\/tools\.[\w-]+\.js|acorn/;

function region(pg: Locator): Locator {
  return pg.getByRole("region", { name: "Event loop" });
}

async function recordRun(pg: Locator, mode?: "serial" | "concurrent" | "pool"): Promise<string> {
  await ready(pg);
  const toggle = pg.getByRole("button", { name: "Event loop" });
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  const output = await runIn(pg, mode);
  await region(pg)
    .getByText(/^Recorded \d+ steps?/)
    .waitFor({ timeout: 30_000 });
  return output;
}

describe("the Event loop view", () => {
  it("loads nothing before the toggle, then records a run the reader can step through", async () => {
    const opened = await openPage(PAGE);
    const { page, requests } = opened;
    const pg = playground(page, "queues");
    await ready(pg);
    await page.waitForTimeout(500);
    expect(requests.filter((u) => VIEW_CHUNK.test(u))).toEqual([]);

    const plain = await runIn(pg);
    const toggle = pg.getByRole("button", { name: "Event loop" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    expect(await region(pg).count()).toBe(0); // hidden while off
    const recorded = await recordRun(pg);
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(requests.some((u) => VIEW_CHUNK.test(u))).toBe(true);
    const lines = (text: string) =>
      text
        .split("\n")
        .filter((l) => /\d\. /.test(l))
        .map((l) => l.replace(/^.*?main\s+/, ""));
    expect(lines(recorded)).toEqual(lines(plain));

    const view = region(pg);
    const items = view.getByRole("list", { name: "Steps of the run" }).getByRole("listitem");
    expect(await items.allInnerTexts()).toEqual([
      expect.stringMatching(
        /^1\. script runs the script — output: 1\. synchronous code runs to the end first\n2\. still the same synchronous run$/,
      ),
      expect.stringMatching(
        /^2\. microtask then callback from line 8 \(line 8\) — output: 3\. promise callback: a microtask$/,
      ),
      expect.stringMatching(
        /^3\. microtask queueMicrotask callback from line 9 \(line 9\) — output: 4\./,
      ),
      expect.stringMatching(
        /^4\. task timer callback from line 6 \(line 6\) — output: 5\. timer callback: a task$/,
      ),
      expect.stringMatching(/^5\. task timer of sleep\(\) from line 13 \(line 13\)$/),
      expect.stringMatching(
        /^6\. microtask resumes the script after await at line 13 \(line 13\)$/,
      ),
    ]);

    // Buttons, arrow keys and the slider move the current step; its line is marked in the code.
    const position = view.locator(".pg-loop-position");
    expect(await position.innerText()).toBe("Step 1 of 6");
    await view.getByRole("button", { name: "Next step" }).click();
    expect(await position.innerText()).toBe("Step 2 of 6");
    expect(await pg.locator(".pg-line-current").innerText()).toContain("Promise.resolve().then");
    await page.keyboard.press("ArrowRight");
    expect(await position.innerText()).toBe("Step 3 of 6");
    expect(await pg.locator(".pg-line-current").innerText()).toContain("queueMicrotask(");
    await page.keyboard.press("ArrowLeft");
    expect(await position.innerText()).toBe("Step 2 of 6");
    await view.getByRole("slider", { name: "Step" }).fill("4");
    expect(await position.innerText()).toBe("Step 4 of 6");
    expect(await items.nth(3).getAttribute("aria-current")).toBe("step");
    expect(await view.getByRole("button", { name: "Previous step" }).isEnabled()).toBe(true);
    // The whiteboard after the script: three microtasks queued, two tasks waiting.
    await page.keyboard.press("Home");
    const micro = view
      .locator("section", { hasText: "Microtask queue after it" })
      .getByRole("listitem");
    expect(await micro.count()).toBe(2);
    const play = view.getByRole("button", { name: "Play" });
    await play.click();
    expect(await play.getAttribute("aria-pressed")).toBe("true");
    await position.getByText("Step 6 of 6").waitFor({ timeout: 10_000 });
    expect(await play.getAttribute("aria-pressed")).toBe("false");
    // The view says what it approximates.
    expect(await view.getByText(/does not tell a page when it paints/).count()).toBe(1);
    await page.addScriptTag({ content: AxeBuilder.source });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof AxeBuilder }).axe;
      const el = document.querySelector('[data-id="queues"] [data-event-loop]')!;
      const result = await axe.run(el, { resultTypes: ["violations"] });
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    });
    expect(violations).toEqual([]);

    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    expect(await pg.locator(".pg-line-current").count()).toBe(0);
    expect(await region(pg).count()).toBe(0);
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  it("marks the step's line in the editor, lists long runs as a window and stops at its cap", async () => {
    const opened = await openPage("/fixtures/playground/");
    const pg = playground(opened.page, "hello");
    await replaceCode(
      pg,
      'let n = 0;\nfor (let i = 0; i < 30000; i++) {\n  await null;\n  n++;\n}\nconsole.log("done", n);\n',
    );
    const output = await recordRun(pg);
    expect(output).toContain("done 30000");
    const view = region(pg);
    expect(await view.getByRole("note").innerText()).toMatch(
      /^Recording stopped after 50,000 events, at step [\d,]+ \([\d.]+ ms\); the run went on/,
    );
    const items = view.getByRole("list", { name: "Steps of the run" }).getByRole("listitem");
    const total = Number(/of (\d+)/.exec(await view.locator(".pg-loop-position").innerText())![1]);
    expect(total).toBeGreaterThan(1000);
    expect(await items.count()).toBeLessThanOrEqual(200);
    expect(await items.first().getAttribute("aria-setsize")).toBe(String(total));
    await view.getByRole("button", { name: "Next step" }).click();
    // Monaco marks line 3 (the await) without taking the focus from the controls.
    const marked = opened.page.locator(".pg-monaco-current-line");
    await marked.waitFor();
    const top = await marked.evaluate((d) => (d.parentElement as HTMLElement).style.top);
    const lineText = await opened.page
      .locator(".view-line")
      .evaluateAll(
        (ls, top) => ls.find((l) => (l as HTMLElement).style.top === top)?.textContent,
        top,
      );
    // Monaco renders spaces as no-break spaces.
    expect(lineText?.replaceAll("\u00a0", " ")).toContain("await null");
    expect(
      await view
        .getByRole("button", { name: "Next step" })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await opened.page.keyboard.press("End");
    expect(await view.locator(".pg-loop-position").innerText()).toBe(`Step ${total} of ${total}`);
    const last = view.locator('li[aria-current="step"]');
    expect(await last.getAttribute("aria-posinset")).toBe(String(total));
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  it("draws a lane per worker that took part", async () => {
    const opened = await openPage("/fixtures/playground/");
    const pg = playground(opened.page, "hello");
    const output = await recordRun(pg, "pool");
    expect(output).toContain("squares [ 1, 4, 9, 16 ]");
    const view = region(pg);
    const lanes = await view.locator(".pg-loop-label").allInnerTexts();
    expect(lanes.slice(0, 5)).toEqual(["Step", "Call stack", "Microtasks", "Tasks", "Rendering"]);
    expect(lanes.slice(5).sort()).toEqual(["worker-1", "worker-2"]);
    const texts = await view
      .getByRole("list", { name: "Steps of the run" })
      .getByRole("listitem")
      .allInnerTexts();
    expect(
      texts.filter((t) => /task on worker-\d worker-\d takes task \d of call 1/.test(t)),
    ).toHaveLength(4);
    expect(
      texts.filter((t) => /message from worker-\d: the result of task \d of call 1/.test(t)),
    ).toHaveLength(4);
    await finished(pg);
    expect(opened.errors).toEqual([]);
    await opened.close();
  });
});
