import type { RunResult } from "../../runtime/index.ts";
import type { SourcePanel } from "./source-panel.ts";

/**
 * Fetches a part of the UI most readers never touch when they first reach for it, keeping it
 * out of the JavaScript a lesson page loads up front. The pointer or focus arriving starts the
 * fetch; a click that beats it is held and replayed once the part is wired.
 */
function onFirstReach(box: HTMLElement, load: () => Promise<void>): void {
  let loading: Promise<void> | undefined;
  let ready = false;
  const start = () => (loading ??= load().then(() => void (ready = true)));
  box.addEventListener("pointerenter", () => void start(), { once: true });
  box.addEventListener("focusin", () => void start(), { once: true });
  box.addEventListener(
    "click",
    (event) => {
      if (ready) return;
      const target = (event.target as Element).closest<HTMLElement>("button, summary");
      if (!target) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      void start().then(() => target.click());
    },
    true,
  );
}

/** The "Predict, then run" panel, if the playground has one; `update()` after each run. */
export function lazyPrediction(
  playground: HTMLElement,
  history: () => readonly RunResult[],
): { update(): void } {
  const box = playground.querySelector<HTMLElement>("[data-predict]");
  let panel: { update(): void } | undefined;
  if (box) {
    onFirstReach(box, async () => {
      const { PredictionPanel } = await import("./prediction.ts");
      panel = new PredictionPanel(box, playground, history);
    });
  }
  return { update: () => panel?.update() };
}

/** An exercise's "Load into the editor" and "Compare with mine". */
export function lazySolution(playground: HTMLElement, panel: SourcePanel<unknown>): void {
  const exercise = playground.closest<HTMLElement>("[data-exercise]");
  const actions = exercise?.querySelector<HTMLElement>("[data-solution]");
  if (!exercise || !actions) return;
  onFirstReach(actions, async () => {
    (await import("./exercise-solution.ts")).wireSolution(playground, panel);
  });
}
