import type { Locator } from "playwright-core";
import { IDLE_PARALLELISM, nodeParallelism } from "./machine.ts";
import { settled } from "./playground-helpers.ts";

export type Verdict = "passed" | "failed" | "inconclusive";

/** Presses Check and waits for the verdict. */
export async function check(
  pg: Locator,
  timeout = 120_000,
): Promise<{ verdict: Verdict; text: string }> {
  const page = pg.page();
  const id = await pg.getAttribute("data-id");
  await page.evaluate(
    (id) => document.querySelector(`[data-id="${id}"] .pg-checks-verdict`)?.remove(),
    id,
  );
  await pg.getByRole("button", { name: "Check" }).click();
  await settled(pg, true, timeout);
  const verdict = (await pg.locator(".pg-checks-verdict").getAttribute("data-status")) as Verdict;
  return { verdict, text: await pg.locator("[data-check-results]").innerText() };
}

/**
 * A verdict that does not depend on the machine's luck: Check again (up to five times)
 * while it is inconclusive, measuring this machine outside the browser after each such
 * verdict. These machines share their hosts, so load comes and goes: one idle reading after
 * a busy verdict proves nothing. Inconclusive every time while Node saw the cores idle every
 * time: the check is broken, and that is an error. Otherwise the result says why, for the
 * caller to skip by name.
 */
export async function settledVerdict(
  pg: Locator,
): Promise<{ verdict: Verdict; text: string; busy?: string }> {
  const readings: number[] = [];
  let last = await check(pg);
  for (let i = 0; last.verdict === "inconclusive"; i++) {
    readings.push(await nodeParallelism());
    if (i === 4) break;
    last = await check(pg);
  }
  if (last.verdict !== "inconclusive") return last;
  const seen = readings.map((r) => r.toFixed(2)).join(", ");
  if (readings.every((r) => r >= IDLE_PARALLELISM))
    throw new Error(
      `Inconclusive five times while this machine ran two threads at ${seen}× outside the browser: the check is broken.\n${last.text}`,
    );
  return { ...last, busy: `the machine's cores were busy (two threads ran at ${seen}×)` };
}
