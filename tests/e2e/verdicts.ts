import type { Locator } from "playwright-core";
import { machineIsIdle } from "./machine.ts";

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
  await page.waitForFunction(
    (id) => {
      const el = document.querySelector(`[data-id="${id}"]`);
      return el && !el.hasAttribute("data-running") && el.querySelector(".pg-checks-verdict");
    },
    id,
    { timeout },
  );
  const verdict = (await pg.locator(".pg-checks-verdict").getAttribute("data-status")) as Verdict;
  return { verdict, text: await pg.locator("[data-check-results]").innerText() };
}

/**
 * A verdict that does not depend on the machine's luck: Check again (up to three times)
 * while it is inconclusive. Still inconclusive: on an idle machine the check is broken, and
 * that is an error; on a busy one the result says why, for the caller to skip by name.
 */
export async function settledVerdict(
  pg: Locator,
): Promise<{ verdict: Verdict; text: string; busy?: string }> {
  let last = await check(pg);
  for (let i = 0; i < 2 && last.verdict === "inconclusive"; i++) last = await check(pg);
  if (last.verdict !== "inconclusive") return last;
  if (await machineIsIdle())
    throw new Error(
      `Inconclusive three times on an idle machine: the check is broken.\n${last.text}`,
    );
  return { ...last, busy: "the machine's cores were busy with other programs" };
}
