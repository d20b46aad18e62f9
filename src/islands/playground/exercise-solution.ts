import type { ProgramSource } from "../../runtime/index.ts";
import type { SourcePanel } from "./source-panel.ts";
import { lineDiff } from "./line-diff.ts";

const SIGNS = { same: " ", mine: "−", theirs: "+" } as const;

/** A code panel that can show a model solution while the reader's code stays their saved edit. */
interface StandInPanel<S> extends SourcePanel<S> {
  showStandIn(shown: S, kept: S | undefined): void;
  edit(focus: boolean): unknown;
}

/** An exercise's model solution as the page holds it: one snippet, or a program's files. */
interface Solution<S> {
  code: S;
  same(a: S, b: S): boolean;
  /** Fills the diff figure with the reader's code against the solution. */
  diff(mine: S, figure: HTMLElement): void;
}

/**
 * An exercise's model solution, tried rather than only read: "Load into the editor" puts it in
 * the playground (Check then checks it; every file of a program), with the reader's code one
 * click away; "Compare with mine" shows a line diff of the two, file by file for a program.
 */
export function wireSolution(playground: HTMLElement, panel: SourcePanel<unknown>): void {
  const exercise = playground.closest<HTMLElement>("[data-exercise]");
  if (!exercise || !canStandIn(panel)) return;
  const solution =
    typeof panel.original === "string"
      ? snippetSolution(exercise)
      : programSolution(exercise, panel.original as ProgramSource);
  if (solution) wire(exercise, playground, panel, solution as Solution<unknown>);
}

function wire<S>(
  exercise: HTMLElement,
  playground: HTMLElement,
  panel: StandInPanel<S>,
  solution: Solution<S>,
): void {
  const button = (action: string) =>
    exercise.querySelector<HTMLButtonElement>(`[data-solution-action="${action}"]`);
  /** The reader's code while the solution is loaded. */
  let mine: S | undefined;

  button("load")?.addEventListener("click", () => {
    if (solution.same(panel.code, solution.code)) return;
    mine ??= panel.code;
    const kept = mine;
    panel.showStandIn(solution.code, kept);
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
    if (!showing) solution.diff(mine ?? panel.code, figure);
  });
}

function canStandIn<S>(panel: SourcePanel<S>): panel is StandInPanel<S> {
  return "showStandIn" in panel && "edit" in panel;
}

function snippetSolution(exercise: HTMLElement): Solution<string> | undefined {
  const code = exercise.querySelector("[data-solution-code] pre")?.textContent;
  if (!code) return undefined;
  return {
    code,
    same: (a, b) => a === b,
    diff: (mine, figure) => showDiff(figure.querySelector("[data-diff-lines]"), mine, code),
  };
}

/** A program's solution: every file, from the JSON beside the highlighted files. */
function programSolution(
  exercise: HTMLElement,
  original: ProgramSource,
): Solution<ProgramSource> | undefined {
  const json = exercise.querySelector("script[data-solution-program]")?.textContent;
  if (!json) return undefined;
  const code: ProgramSource = {
    entry: original.entry,
    files: { ...original.files, ...(JSON.parse(json) as Record<string, string>) },
  };
  const names = Object.keys(original.files);
  return {
    code,
    same: (a, b) => names.every((name) => a.files[name] === b.files[name]),
    diff: (mine, figure) => {
      for (const section of figure.querySelectorAll<HTMLElement>("[data-diff-file]")) {
        const name = section.dataset.diffFile ?? "";
        const lines = section.querySelector("[data-diff-lines]");
        showDiff(lines, mine.files[name] ?? "", code.files[name] ?? "");
      }
    },
  };
}

function showDiff(box: Element | null, mine: string, theirs: string): void {
  if (!box) return;
  if (mine === theirs) {
    box.replaceChildren(row("same", "  (no difference)"));
    return;
  }
  box.replaceChildren(
    ...lineDiff(mine, theirs).map((line) => row(line.kind, `${SIGNS[line.kind]} ${line.text}`)),
  );
}

function row(kind: keyof typeof SIGNS, text: string): HTMLElement {
  const span = document.createElement("span");
  span.className = `diff-line diff-${kind}`;
  span.textContent = text;
  return span;
}
