// "Predict, then measure": the reader commits a guess before running, and the run's figures
// are shown against it. Fixture playgrounds on /fixtures/playground/ ask each kind.
import type { Locator } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openPage } from "./browser.ts";
import { finished, playground, ready, runIn } from "./playground-helpers.ts";

/** The panel updates just after a run ends; on a busy machine that can take a moment. */
const POLL = { timeout: 10_000 };

const FIXTURES = "/fixtures/playground/";
const panel = (pg: Locator) => pg.locator("[data-predict]");
const result = (pg: Locator) => pg.locator("[data-predict-result]");

/** Moves lines with the arrow buttons until the list reads `want`. */
async function arrange(pg: Locator, want: string[]): Promise<void> {
  for (let target = 0; target < want.length; target++) {
    const lines = () =>
      pg.locator("[data-line]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-line")));
    let at = (await lines()).indexOf(want[target]!);
    while (at > target) {
      await pg.getByRole("button", { name: `Move “${want[target]}” earlier` }).click();
      at--;
    }
  }
  expect(
    await pg.locator("[data-line]").evaluateAll((lis) => lis.map((li) => li.dataset.line)),
  ).toEqual(want);
}

describe("predict, then measure", () => {
  test("the order of output: a wrong guess is shown against the printed order", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "predict-order");
    await ready(pg);
    await arrange(pg, ["sync", "timer", "microtask"]);
    await panel(pg).getByRole("button", { name: "Commit my prediction" }).click();
    // Committed: locked until the reader chooses to change it.
    await expect(pg.getByRole("button", { name: /Move “sync” later/ }).isDisabled()).resolves.toBe(
      true,
    );
    await runIn(pg);
    await expect
      .poll(() => result(pg).innerText(), POLL)
      .toBe("Printed in this order: “sync”, “microtask”, “timer” (1 of 3 where you put them)");
    await panel(pg).getByRole("button", { name: "Change my prediction" }).click();
    await arrange(pg, ["sync", "microtask", "timer"]);
    await panel(pg).getByRole("button", { name: "Commit my prediction" }).click();
    await runIn(pg);
    await expect
      .poll(() => result(pg).innerText(), POLL)
      .toBe("Right order: “sync”, “microtask”, “timer”");
    await close();
  });

  test("wall time per mode: each mode measured shows against its guess", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "predict-wall");
    await ready(pg);
    await panel(pg).getByLabel("Main thread — serial").fill("300");
    await panel(pg).getByLabel("Main thread — concurrent").fill("300");
    await panel(pg).getByRole("button", { name: "Commit my prediction" }).click();
    await runIn(pg, "serial");
    await expect
      .poll(() => result(pg).innerText(), POLL)
      .toMatch(/Main thread — serial: you said 300 ms · measured \d[\d,]* ms/);
    const text = await result(pg).innerText();
    expect(text).toContain("Main thread — concurrent: not measured yet");
    await pg.getByRole("button", { name: "Compare" }).click();
    await pg.locator(".pg-compare-table").waitFor({ timeout: 30_000 });
    await finished(pg);
    // Three 100 ms sleeps overlap when concurrent: far from the 300 ms guessed.
    await expect
      .poll(() => result(pg).innerText(), POLL)
      .toMatch(
        /Main thread — concurrent: you said 300 ms · measured \d+(\.\d)? ms \(\d\.\d× shorter\)/,
      );
    await close();
  });

  test("the longest block: the meter's figure against the guess", async () => {
    const { page, close } = await openPage(FIXTURES);
    const pg = playground(page, "predict-block");
    await ready(pg);
    // A guess is needed before committing.
    await panel(pg).getByRole("button", { name: "Commit my prediction" }).click();
    await expect(result(pg).isVisible()).resolves.toBe(false);
    await panel(pg).getByLabel("Longest block").fill("150");
    await panel(pg).getByRole("button", { name: "Commit my prediction" }).click();
    await runIn(pg);
    await expect
      .poll(() => result(pg).innerText(), POLL)
      .toMatch(/^Longest block: you said 150 ms · measured [\d,.]+ ms/);
    await close();
  });
});
