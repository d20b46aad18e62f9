import type { CodePanel } from "./code-panel.ts";
import type { SourcePanel } from "./source-panel.ts";
import { lineDiff } from "./line-diff.ts";

const SIGNS = { same: " ", mine: "−", theirs: "+" } as const;

/**
 * An exercise's model solution, tried rather than only read: "Load into the editor" puts it in
 * the playground (Check then checks it), with the reader's code one click away; "Compare with
 * mine" shows a line diff of the two.
 */
export function wireSolution(playground: HTMLElement, panel: SourcePanel<unknown>): void {
  // A model solution is one file: exercises are single-file playgrounds.
  if (!isSnippet(panel)) return;
  const exercise = playground.closest<HTMLElement>("[data-exercise]");
  const solution = exercise?.querySelector("[data-solution-code] pre")?.textContent;
  if (!exercise || !solution) return;
  const button = (action: string) =>
    exercise.querySelector<HTMLButtonElement>(`[data-solution-action="${action}"]`);
  /** The reader's code while the solution is loaded. */
  let mine: string | undefined;

  button("load")?.addEventListener("click", () => {
    if (panel.code === solution) return;
    mine ??= panel.code;
    const kept = mine;
    panel.showStandIn(solution, kept);
    panel.edit(false);
    panel.notice("The model solution is in the editor; your code is kept.", "solution", {
      label: "Back to my code",
      run: () => {
        mine = undefined;
        panel.showStandIn(kept, undefined);
        panel.persist();
      },
    });
    playground.scrollIntoView({ block: "start" });
  });

  const figure = exercise.querySelector<HTMLElement>("[data-solution-diff]");
  const compare = button("compare");
  compare?.addEventListener("click", () => {
    if (!figure) return;
    const showing = !figure.hidden;
    figure.hidden = showing;
    compare.textContent = showing ? "Compare with mine" : "Hide the comparison";
    if (showing) return;
    const lines = lineDiff(mine ?? panel.code, solution).map((line) => {
      const row = document.createElement("span");
      row.className = `diff-line diff-${line.kind}`;
      row.textContent = `${SIGNS[line.kind]} ${line.text}`;
      return row;
    });
    figure.querySelector("[data-diff-lines]")?.replaceChildren(...lines);
  });
}

function isSnippet(panel: SourcePanel<unknown>): panel is CodePanel {
  return typeof panel.code === "string";
}
