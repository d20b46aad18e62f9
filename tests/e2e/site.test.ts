import { existsSync, readFileSync } from "node:fs";
import type { BrowserContext } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { baseURL, newContext, openPage } from "./browser.ts";
import { builtFrom, builtLessons, expectedCourse } from "./lessons.ts";

// The reader's view of whatever course dist/ was built from: the platform's
// fixture course in `npm test`, a fork's own course in the fork test. Every
// expectation comes from that course's files, none from ours.
const course = await expectedCourse();
const base = builtFrom().base;
const ids = course.lessons.map((l) => l.id);
const page = (id: string) => `${base}lessons/${id}/`;

// One browser profile for the tests that only read pages: starting Chromium is
// the slow part. Tests that change state (the theme) or need other settings get their own.
let reader: BrowserContext;
beforeAll(async () => {
  reader = await newContext();
}, 60_000);

describe("reading the course", () => {
  test("the build has exactly the course file's lessons, drafts left out unless asked for", () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(builtLessons().toSorted()).toEqual(ids.toSorted());
    for (const draft of course.hidden) expect(existsSync(`dist/lessons/${draft.id}`)).toBe(false);
  });

  test.each(course.lessons)(
    "lesson $id loads with its title, isolated, with no errors",
    async (lesson) => {
      const {
        page: tab,
        errors,
        requests,
        close,
      } = await openPage(page(lesson.id), {
        context: reader,
      });
      await expect(tab.locator("main h1").first().textContent()).resolves.toBe(lesson.title);
      await expect(tab.title()).resolves.toBe(`${lesson.title} · ${course.title}`);
      expect(await tab.evaluate(() => self.crossOriginIsolated)).toBe(true);
      await expect(tab.locator("[data-isolation-value]").textContent()).resolves.toBe("on");
      await tab.waitForTimeout(300);
      expect(errors).toEqual([]);
      // Nothing leaves the site: fonts, scripts and styles are all self-hosted.
      const foreign = requests.filter(
        (url) => !url.startsWith(baseURL) && !url.startsWith("data:") && !url.startsWith("blob:"),
      );
      expect(foreign).toEqual([]);
      await close();
    },
  );

  test("every link to a lesson, and to a playground in it, lands on something that exists", () => {
    for (const id of ids) {
      const html = readFileSync(`dist/lessons/${id}/index.html`, "utf8");
      for (const [, target = "", anchor] of html.matchAll(
        new RegExp(`href="${base}lessons/([^/"#]+)/(?:#([^"]+))?"`, "g"),
      )) {
        expect(ids, `${id} links to ${target}`).toContain(target);
        if (anchor) {
          const there = readFileSync(`dist/lessons/${target}/index.html`, "utf8");
          expect(there, `${id} links to ${target}#${anchor}`).toContain(`id="${anchor}"`);
        }
      }
    }
  });

  test("home shows the course file's name, tagline and parts, lessons in its order", async () => {
    const { page: tab, close } = await openPage(base, { context: reader });
    await expect(tab.title()).resolves.toBe(course.title);
    await expect(tab.locator(".site-name").innerText()).resolves.toBe(course.title);
    await expect(tab.locator("main h1").innerText()).resolves.toBe(course.tagline);
    await expect(tab.locator("main .part h3").allInnerTexts()).resolves.toEqual(course.parts);
    const hrefs = await tab
      .locator(".course a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(ids.map(page));
    await close();
  });

  test("the sidebar lists the course in order, and previous/next follow it", async () => {
    const [first, second] = ids;
    const { page: tab, close } = await openPage(page(first ?? ""), { context: reader });
    const listed = await tab
      .locator(".course-nav a")
      .evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.lessonId));
    expect(listed).toEqual(ids);
    await expect(tab.locator(".eyebrow").innerText()).resolves.toMatch(
      new RegExp(`^Lesson 1 of ${ids.length}\\b`),
    );
    await expect(
      tab.locator('.course-nav a[aria-current="page"]').getAttribute("data-lesson-id"),
    ).resolves.toBe(first);
    if (second) {
      await tab.locator('a[rel="next"]').click();
      await tab.waitForURL(`**${page(second)}`);
      await tab.locator('a[rel="prev"]').click();
      await tab.waitForURL(`**${page(first ?? "")}`);
      await tab.locator(`.course-nav a[data-lesson-id="${second}"]`).click();
      await tab.waitForURL(`**${page(second)}`);
      await expect(
        tab.locator('.course-nav a[aria-current="page"]').getAttribute("data-lesson-id"),
      ).resolves.toBe(second);
    }
    await close();
  });

  test("search finds a lesson by a word of its title", async () => {
    const first = course.lessons[0];
    const word = first?.title.match(/\p{L}{5,}/u)?.[0] ?? first?.title ?? "";
    const { page: tab, close } = await openPage(base, { context: reader });
    // Typed at once: focusing the box loads search, which then searches what is there.
    await tab.locator("#site-search-input").fill(word);
    const result = tab.locator(".site-search__results a").first();
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute("href")).toMatch(new RegExp(`^${base}lessons/`));
    await close();
  });

  test("the theme toggle persists across a reload", async () => {
    const { page: tab, close } = await openPage(base);
    const theme = () => tab.evaluate(() => document.documentElement.dataset.theme);
    const before = await theme();
    await tab.locator("[data-theme-toggle]").click();
    const after = await theme();
    expect(after).not.toBe(before);
    await tab.reload();
    expect(await theme()).toBe(after);
    await close();
  });

  test("keyboard: Tab reaches the skip link first, and it moves focus to the content", async () => {
    const { page: tab, close } = await openPage(page(ids[0] ?? ""), { context: reader });
    await tab.keyboard.press("Tab");
    expect(await tab.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      "Skip to content",
    );
    await tab.keyboard.press("Enter");
    expect(tab.url()).toMatch(/#main$/);
    await close();
  });

  test("every lesson fits a 360 px wide screen without sideways scrolling", async () => {
    const phone = await newContext({ viewport: { width: 360, height: 740 } });
    for (const id of ids) {
      const { page: tab, close } = await openPage(page(id), { context: phone });
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, id).toBeLessThanOrEqual(0);
      await close();
    }
  });
});

describe("layout stability", () => {
  test("nothing moves when the scripts arrive (cumulative layout shift under 0.01)", async () => {
    const { page: tab, close } = await openPage(page(ids.at(-1) ?? ""), { context: reader });
    await tab.waitForTimeout(1500);
    const shift = await tab.evaluate(
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
  test("every lesson and its highlighted code are fully readable", async () => {
    let withCode = 0;
    const noScript = await newContext({ javaScriptEnabled: false });
    for (const id of ids) {
      const { page: tab, close } = await openPage(page(id), { context: noScript });
      await expect(tab.locator("main h1").first().isVisible()).resolves.toBe(true);
      const code = tab.locator("pre.shiki, pre.astro-code").first();
      if ((await code.count()) > 0) {
        withCode++;
        await expect(code.isVisible()).resolves.toBe(true);
        const coloured = await code.evaluate((pre) => {
          const spans = [...pre.querySelectorAll("span")];
          return new Set(spans.map((s) => getComputedStyle(s).color)).size;
        });
        expect(coloured, id).toBeGreaterThan(2);
      }
      await close();
    }
    expect(withCode, "lessons with highlighted code").toBeGreaterThan(0);
  });
});
