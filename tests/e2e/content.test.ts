import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { playground, ready, replaceCode, runIn } from "./playground-helpers.ts";
import { builtFrom, builtLessons } from "./lessons.ts";

type Mode = "serial" | "concurrent" | "pool";
interface Checks {
  modes: Mode[];
  expect: { mode: Mode; vs: Mode; min?: number; max?: number; minCores: number }[];
  expectOutput: string[];
  expectError?: string;
}
interface LastRun {
  ok: boolean;
  wallMs: number;
  error?: { message: string; line?: number };
  compileErrors?: { line: number; message: string }[];
}

// Timings on a shared 2-core machine are noisy: claims compare medians of at
// least SAMPLES runs per mode, and take up to ROUNDS runs before failing.
const SAMPLES = 3;
const ROUNDS = 5;

function median(xs: number[]): number {
  const sorted = xs.toSorted((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

async function playgroundsOf(page: Page): Promise<{ id: string; checks: Checks }[]> {
  return page.locator("looplab-playground").evaluateAll((els) =>
    els.map((el) => ({
      id: (el as HTMLElement).dataset.id ?? "",
      checks: JSON.parse((el as HTMLElement).dataset.checks ?? "{}") as Checks,
    })),
  );
}

/** Runs one playground in one mode; throws naming lesson, playground and line on any failure. */
async function runChecked(page: Page, where: string, id: string, mode: Mode, checks: Checks) {
  const pg = playground(page, id);
  const output = await runIn(pg, mode, 60_000);
  const last = JSON.parse((await pg.getAttribute("data-last-run")) ?? "{}") as LastRun;
  const errors = await pg.locator(".pg-error").allInnerTexts();
  const at = `${where} #${id} (${mode})`;
  if (last.compileErrors?.length) {
    const e = last.compileErrors[0];
    throw new Error(`${at}: compile error at line ${e?.line}: ${e?.message}`);
  }
  if (checks.expectError !== undefined) {
    const message = last.error?.message ?? errors.join(" | ");
    if (last.ok || !message.includes(checks.expectError)) {
      throw new Error(
        `${at}: should fail with "${checks.expectError}", got: ${message || "success"}`,
      );
    }
    return last.wallMs;
  }
  if (!last.ok || errors.length) {
    const line = last.error?.line ? ` at line ${last.error.line}` : "";
    throw new Error(`${at}: failed${line}: ${last.error?.message ?? errors.join(" | ")}`);
  }
  for (const text of checks.expectOutput) {
    if (!output.includes(text)) throw new Error(`${at}: output lacks "${text}"`);
  }
  return last.wallMs;
}

// The course dist/ was built from: the sample course, a fork's, or the fixture course.
const lessonsDir = `${builtFrom().contentDir}/lessons`;
const lessons = builtLessons();

describe("every lesson's experiments run as the lesson says", () => {
  test.each(lessons)(
    "%s",
    async (lesson) => {
      const where = `${lessonsDir}/${lesson}`;
      const { page, errors, close } = await openPage(`/lessons/${lesson}/`);
      const cores = await page.evaluate(() => navigator.hardwareConcurrency);
      for (const { id, checks } of await playgroundsOf(page)) {
        const claims = checks.expect.filter((c) => cores >= c.minCores);
        // Every declared mode once: errors, output, and a warm-up for the JIT.
        for (const mode of checks.modes) await runChecked(page, where, id, mode, checks);
        if (!claims.length) continue;
        const modes = [...new Set(claims.flatMap((c) => [c.mode, c.vs]))];
        const samples = new Map<Mode, number[]>(modes.map((m) => [m, []]));
        let broken: string[] = [];
        // Interleaved rounds, compared by median: one slow moment cannot decide a claim.
        for (let round = 1; round <= ROUNDS; round++) {
          for (const mode of modes) {
            samples.get(mode)?.push(await runChecked(page, where, id, mode, checks));
          }
          if (round < SAMPLES) continue;
          broken = claims.flatMap((c) => {
            const speedup = median(samples.get(c.vs) ?? []) / median(samples.get(c.mode) ?? []);
            const low = c.min !== undefined && !(speedup >= c.min);
            const high = c.max !== undefined && !(speedup <= c.max);
            const wanted = `${c.min ?? 0}–${c.max ?? "∞"}`;
            return low || high
              ? [`${c.mode} vs ${c.vs}: ${speedup.toFixed(2)}× (wanted ${wanted})`]
              : [];
          });
          if (!broken.length) break;
        }
        if (broken.length) {
          expect.fail(`${where} #${id}: median of ${ROUNDS} runs, ${broken.join("; ")}`);
        }
      }
      expect(errors, `${where}: console errors`).toEqual([]);
      await close();
    },
    600_000,
  );
});

describe("every exercise's model solution passes its checks", () => {
  test.each(lessons)(
    "%s",
    async (lesson) => {
      const { page, close } = await openPage(`/lessons/${lesson}/`);
      const ids = await page
        .locator("[data-exercise]")
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.exercise ?? ""));
      for (const id of ids) {
        const solution = await page
          .locator(`[data-exercise="${id}"] [data-solution] pre`)
          .textContent();
        const pg = playground(page, id);
        await ready(pg);
        await replaceCode(pg, solution ?? "");
        await pg.getByRole("button", { name: "Check" }).click();
        await page.waitForFunction(
          (id) => {
            const el = document.querySelector(`[data-id="${id}"]`);
            return el && !el.hasAttribute("data-running") && el.querySelector(".pg-checks-verdict");
          },
          id,
          { timeout: 120_000 },
        );
        const verdict = pg.locator(".pg-checks-verdict");
        const results = await pg.locator("[data-check-results]").innerText();
        expect(
          await verdict.getAttribute("data-status"),
          `${lessonsDir}/${lesson} #${id}:\n${results}`,
        ).toBe("passed");
      }
      await close();
    },
    600_000,
  );
});
