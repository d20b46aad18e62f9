// Search as a reader uses it, on a desktop and a 360 px phone: results that fit the screen,
// link to the section that matches, move with the arrow keys, and quote whole words.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";

const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

async function search(page: Page, query: string) {
  // Reaching for the box loads search; typed once it is wired, as a reader's keystrokes would be.
  await page.locator("#site-search-input").focus();
  await page.waitForFunction(() => customElements.get("site-search") !== undefined);
  await page.locator("#site-search-input").fill(query);
  const first = page.locator(".site-search__results a").first();
  await first.waitFor({ timeout: 30_000 });
  return page.locator(".site-search__results a");
}

describe("search", () => {
  test("on a 360 px phone the results fit the screen", async () => {
    const { page, close } = await openPage("/lessons/01-last/", phone);
    await search(page, "GIL");
    const box = await page.locator(".site-search__results").boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const linkBoxes = await page
      .locator(".site-search__results a")
      .evaluateAll((as) => as.map((a) => a.getBoundingClientRect().right));
    expect(Math.max(...linkBoxes)).toBeLessThanOrEqual(360);
    await close();
  });

  test("a result links to the section that matches, and opens there", async () => {
    const { page, close } = await openPage("/");
    const links = await search(page, "microtask");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const inSection = hrefs.find((h) => h.includes("#"));
    expect(inSection).toBeDefined();
    const anchor = decodeURIComponent(inSection!.split("#")[1]!);
    await links.nth(hrefs.indexOf(inSection!)).click();
    await page.waitForURL(`**#${anchor}`);
    await expect(page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
    await close();
  });

  test("arrow keys move from the box through the results and back", async () => {
    const { page, close } = await openPage("/");
    const links = await search(page, "worker");
    expect(await links.count()).toBeGreaterThan(1);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const all = [...document.querySelectorAll(".site-search__results a")];
        return el?.id === "site-search-input" ? "input" : all.indexOf(el as Element);
      });
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe(0);
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe(1);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe("input");
    await page.keyboard.press("ArrowDown");
    const href = await links.first().getAttribute("href");
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${href}`);
    await close();
  });

  test("snippets quote whole words of the lesson, never entities or cut words", async () => {
    const { page, close } = await openPage("/");
    for (const query of ["GIL c", "await", "=>"]) {
      const links = await search(page, query);
      const results = await links.evaluateAll((as) =>
        as.map((a) => ({
          href: a.getAttribute("href") ?? "",
          snippet: a.querySelector("p")?.textContent ?? "",
        })),
      );
      for (const { href, snippet } of results) {
        expect(snippet, query).not.toMatch(/&(gt|lt|amp|quot|#\d+);/);
        const html = await (await fetch(new URL(href.split("#")[0]!, page.url()))).text();
        const text = html
          .replace(/<[^>]+>/g, " ")
          .replace(/&gt;/g, ">")
          .replace(/&lt;/g, "<");
        const pageWords = new Set(text.split(/[^\p{L}\p{N}_]+/u));
        for (const word of snippet
          .replace(/…/g, "")
          .split(/[^\p{L}\p{N}_]+/u)
          .filter(Boolean))
          expect(pageWords.has(word), `${query}: “${word}” in ${href}`).toBe(true);
      }
    }
    await close();
  });
});
