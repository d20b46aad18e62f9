import {
  cellFile,
  cellIds,
  type CompiledProgram,
  type RunResult,
  type Runtime,
} from "../../../runtime/index.ts";
import type { Compiles, RuntimeRuns } from "../run-controller.ts";

/** What the page embeds for a snippet that imports cells: their code as it was built. */
export interface CellsJson {
  source: string;
  compiled: CompiledProgram | { ok: false; diagnostics: [] };
  /** Each imported cell's code at build time, by file name (`#id`). */
  cells: Record<string, string>;
}

/** The snippet's own module when it runs with its cells; errors in it show no file name. */
const ENTRY = "main.ts";

/** The code of every playground above `here` on the page, as its reader has it now, by `#id`. */
function cellsAbove(here: Element): Record<string, string> {
  const found: Record<string, string> = {};
  for (const el of document.querySelectorAll<HTMLElement>("looplab-playground[data-id]")) {
    if (el === here) break;
    const code = (el as HTMLElement & { code?: unknown }).code;
    if (typeof code === "string") found[cellFile(el.dataset.id!)] = code;
  }
  return found;
}

/**
 * A snippet that imports cells (`#id`) runs as a program with their current code, edited or
 * not: compiled with it, then run as modules. The build's compilation serves only while no
 * cell it imports has been edited since.
 */
export function cellRuns(
  runs: RuntimeRuns,
  runtime: Pick<Runtime, "compileProgram">,
  built: Record<string, string>,
  here: Element,
): Compiles<string, CompiledProgram> {
  return {
    compile(source) {
      const above = cellsAbove(here);
      const files: Record<string, string> = { [ENTRY]: source };
      const queue = cellIds(source);
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const code = above[cellFile(id)];
        // One not above is left out: the compiler names it, as the build did.
        if (code === undefined || cellFile(id) in files) continue;
        files[cellFile(id)] = code;
        queue.push(...cellIds(code));
      }
      return runtime.compileProgram({ entry: ENTRY, files });
    },
    stale: () => {
      const above = cellsAbove(here);
      return Object.entries(built).some(([file, code]) => above[file] !== code);
    },
    run({ code, ...request }, handlers) {
      const handle = runs.run({ ...request, program: code }, handlers);
      return { ...handle, promise: handle.promise.then(withoutEntryFile) };
    },
  };
}

/** The snippet's own lines are just its lines: only an imported cell's are named. */
function withoutEntryFile(result: RunResult): RunResult {
  if (result.status !== "failed" || result.error.loc?.file !== ENTRY) return result;
  const loc = { ...result.error.loc };
  delete loc.file;
  return { ...result, error: { ...result.error, loc } };
}

/**
 * Gives Monaco each cell's current code at the path a cell's editor has (`<page>/<id>.ts`),
 * so `import { fib } from "#fib-demo"` is typed, whenever this snippet's editor opens (the
 * playground's `data-editor`): before Monaco takes over, so its first check has them.
 */
function typeCells(here: HTMLElement): void {
  const sync = () => {
    if (!here.dataset.editor) return;
    const page = location.pathname.replace(/\/?$/, "/");
    const models = Object.entries(cellsAbove(here)).map(([file, value]) => ({
      path: `file://${page}${file.slice(1)}.ts`,
      value,
    }));
    void import("../../../editor/index.ts").then((m) => m.syncModels(models));
  };
  new MutationObserver(sync).observe(here, { attributes: true, attributeFilter: ["data-editor"] });
  sync();
}

/**
 * Keeps a snippet up with the cells it imports: their types in its editor, and a word to
 * the reader when one is edited, since its output would change (each cell's "edited" badge).
 */
export function watchCells(
  here: HTMLElement,
  files: readonly string[],
  say: (text: string | undefined) => void,
): void {
  typeCells(here);
  const badges = files.flatMap((file) => {
    const cell = document.querySelector(`looplab-playground[data-id="${file.slice(1)}"]`);
    const badge = cell?.querySelector<HTMLElement>("[data-edited]");
    return badge && cell !== here ? [{ file, badge }] : [];
  });
  const update = () => {
    const edited = badges.filter((b) => !b.badge.hidden).map((b) => b.file);
    say(
      edited.length
        ? `Uses ${edited.join(", ")}, edited above: run again to use ${edited.length > 1 ? "them" : "it"} as it is now.`
        : undefined,
    );
  };
  const seen = new MutationObserver(update);
  for (const { badge } of badges)
    seen.observe(badge, { attributes: true, attributeFilter: ["hidden"] });
  update();
}
