import { describe, expect, test } from "vitest";
import { baseURL, openPage } from "./browser.ts";
import { builtLessons } from "./lessons.ts";

const lessons = builtLessons();

describe("reading the course", () => {
  test("the course has lessons", () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  test.each(lessons)("lesson %s loads with an h1, isolated, with no errors", async (id) => {
    const { page, errors, requests, close } = await openPage(`/lessons/${id}/`);
    await expect(page.locator("main h1").first().textContent()).resolves.toMatch(/\S/);
    expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
    await expect(page.locator("[data-isolation-value]").textContent()).resolves.toBe("on");
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    // Nothing leaves the site: fonts, scripts and styles are all self-hosted.
    const foreign = requests.filter(
      (url) => !url.startsWith(baseURL) && !url.startsWith("data:") && !url.startsWith("blob:"),
    );
    expect(foreign).toEqual([]);
    await close();
  });

  test("home lists the course in order and links to every lesson", async () => {
    const { page, close } = await openPage("/");
    const hrefs = await page
      .locator(".course a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(lessons.toSorted().map((id) => `/lessons/${id}/`));
    await close();
  });

  test("sidebar and previous/next links navigate", async () => {
    if (lessons.length < 2) return;
    const [first, second] = lessons.toSorted();
    const { page, close } = await openPage(`/lessons/${first}/`);
    await expect(
      page.locator('.course-nav a[aria-current="page"]').getAttribute("data-lesson-id"),
    ).resolves.toBe(first);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(`**/lessons/${second}/`);
    await page.locator('a[rel="prev"]').click();
    await page.waitForURL(`**/lessons/${first}/`);
    await page.locator(`.course-nav a[data-lesson-id="${second}"]`).click();
    await page.waitForURL(`**/lessons/${second}/`);
    await expect(
      page.locator('.course-nav a[aria-current="page"]').getAttribute("data-lesson-id"),
    ).resolves.toBe(second);
    await close();
  });

  test("search finds a word from a lesson", async () => {
    const { page, close } = await openPage("/");
    await page.locator("#site-search-input").fill("parallelism");
    const result = page.locator(".site-search__results a").first();
    await result.waitFor({ timeout: 10_000 });
    expect(await result.getAttribute("href")).toMatch(/\/lessons\//);
    await close();
  });

  test("the theme toggle persists across a reload", async () => {
    const { page, close } = await openPage("/");
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    const before = await theme();
    await page.locator("[data-theme-toggle]").click();
    const after = await theme();
    expect(after).not.toBe(before);
    await page.reload();
    expect(await theme()).toBe(after);
    await close();
  });

  test("keyboard: Tab reaches the skip link first, and it moves focus to the content", async () => {
    const { page, close } = await openPage(`/lessons/${lessons[0]}/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      "Skip to content",
    );
    await page.keyboard.press("Enter");
    expect(page.url()).toMatch(/#main$/);
    await close();
  });

  test("every lesson fits a 360 px wide screen without sideways scrolling", async () => {
    for (const id of lessons) {
      const { page, close } = await openPage(`/lessons/${id}/`, {
        viewport: { width: 360, height: 740 },
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, id).toBeLessThanOrEqual(0);
      await close();
    }
  });
});

describe("layout stability", () => {
  test("nothing moves when the scripts arrive (cumulative layout shift under 0.01)", async () => {
    const { page, close } = await openPage(`/lessons/${lessons.at(-1)}/`);
    await page.waitForTimeout(1500);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              total += (entry as PerformanceEntry & { value: number }).value;
            }
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    await close();
  });
});

describe("without JavaScript", () => {
  test("a lesson and its highlighted code are fully readable", async () => {
    const id = lessons[0];
    const { page, close } = await openPage(`/lessons/${id}/`, { javaScriptEnabled: false });
    await expect(page.locator("main h1").first().isVisible()).resolves.toBe(true);
    const code = page.locator("pre.shiki, pre.astro-code").first();
    await expect(code.isVisible()).resolves.toBe(true);
    const coloured = await code.evaluate((pre) => {
      const spans = [...pre.querySelectorAll("span")];
      return new Set(spans.map((s) => getComputedStyle(s).color)).size;
    });
    expect(coloured).toBeGreaterThan(2);
    await close();
  });
});
