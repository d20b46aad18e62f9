import type { Locator, Page } from "playwright-core";

export function playground(page: Page, id: string): Locator {
  return page.locator(`looplab-playground[data-id="${id}"]`);
}

/**
 * Waits until the island has wired the playground's controls. A program's are wired when a
 * reader reaches for it: the pointer goes to its title first, as a reader's would.
 */
export async function ready(pg: Locator): Promise<void> {
  if ((await pg.locator("[data-files]").count()) > 0) await pg.locator(".pg-title").hover();
  await pg.and(pg.page().locator("[data-ready]")).waitFor({ timeout: 15_000 });
}

/** Picks a mode, presses Run and waits for the run to end. Returns the output text. */
export async function runIn(
  pg: Locator,
  mode?: "serial" | "concurrent" | "pool",
  timeout = 30_000,
): Promise<string> {
  await ready(pg);
  if (mode) await pg.getByLabel("Run on").selectOption(mode);
  await pg.getByRole("button", { name: "Run", exact: true }).click();
  await finished(pg, timeout);
  return pg.getByRole("log").innerText();
}

export async function finished(pg: Locator, timeout = 30_000): Promise<void> {
  await settled(pg, false, timeout);
}

/**
 * Waits until the playground is not running (and, with `verdict`, shows a Check verdict),
 * told by a MutationObserver. Not by polling: Playwright's waits query the page on every
 * animation frame, which on a long lesson page took a good share of a core from the very
 * runs the tests time.
 */
export async function settled(pg: Locator, verdict: boolean, timeout: number): Promise<void> {
  await pg.evaluate(
    (el, [verdict, timeout]) =>
      new Promise<void>((resolve, reject) => {
        const done = () =>
          !el.hasAttribute("data-running") &&
          (!verdict || el.querySelector(".pg-checks-verdict") !== null);
        if (done()) return resolve();
        const stop = () => {
          watch.disconnect();
          clearTimeout(timer);
        };
        const watch = new MutationObserver(() => {
          if (!done()) return;
          stop();
          resolve();
        });
        watch.observe(el, { attributes: true, childList: true, subtree: true });
        const timer = setTimeout(() => {
          stop();
          reject(new Error(`still ${verdict ? "checking" : "running"} after ${timeout} ms`));
        }, timeout);
      }),
    [verdict, timeout] as const,
  );
}

/** Replaces the code through the editor, as a reader pasting would. */
export async function replaceCode(pg: Locator, code: string): Promise<void> {
  await ready(pg);
  await pg.getByRole("button", { name: "Edit" }).click();
  const page = pg.page();
  await pg.and(page.locator("[data-editor]")).waitFor({ timeout: 30_000 });
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // A paste, not typing: typed text would get the editor's auto-closed brackets.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press("ControlOrMeta+V");
}

/** The hover text Monaco shows over the first error squiggle in the playground. */
export async function hoverFirstError(page: Page, pg: Locator): Promise<string> {
  const squiggle = pg.locator(".squiggly-error").first();
  // Monaco redraws its decorations as the checker answers: wait for one that stays put.
  await squiggle.waitFor({ state: "visible", timeout: 30_000 });
  await page.waitForTimeout(500);
  const box = await squiggle.boundingBox();
  if (!box) throw new Error("error squiggle has no box");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator(".monaco-hover:visible").first();
  await hover.waitFor({ timeout: 10_000 });
  return hover.innerText();
}
