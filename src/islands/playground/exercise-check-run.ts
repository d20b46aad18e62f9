import type { Verdict } from "../../exercise/check-kit.ts";
import type { RunRequest, Runtime } from "../../runtime/index.ts";
import { renderChecks } from "./check-results-view.ts";
import { checkExercise } from "./exercise-checks.ts";
import { explainMissingExports } from "./learner-exports.ts";
import type { RunOutcome } from "./run-controller.ts";

/**
 * Check, loaded on its first press: runs the reader's code with the exercise's checks against
 * its exports, lists the results under the playground and tells the page about a pass.
 */
export async function checkAndShow(
  playground: HTMLElement,
  key: string,
  runtime: Pick<Runtime, "cores" | "measureParallelism">,
  run: (afterBody: NonNullable<RunRequest["afterBody"]>) => Promise<RunOutcome>,
): Promise<Verdict> {
  const lesson = /\/lessons\/([^/]+)\/?$/.exec(location.pathname)?.[1] ?? location.pathname;
  const { results, verdict } = await checkExercise(
    key,
    runtime,
    (afterBody) => run((exports) => afterBody(explainMissingExports(exports))),
    { lesson, exercise: playground.dataset.id ?? "" },
  );
  const list = playground.querySelector<HTMLElement>("[data-check-results]");
  if (list) renderChecks(list, results, verdict);
  if (verdict === "passed") document.dispatchEvent(new CustomEvent("looplab:progress"));
  return verdict;
}
