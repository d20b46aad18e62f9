import type { EditorDiagnostic } from "../../editor/types.ts";
import { typeErrorEntries } from "./error-display.ts";
import type { OutputView } from "./output-view.ts";

const check = async (code: string, modelPath: string): Promise<EditorDiagnostic[] | undefined> => {
  try {
    return await (await import("../../editor/index.ts")).checkTypes(code, modelPath);
  } catch (error) {
    console.error("Type checking failed", error);
    return undefined;
  }
};

/**
 * Type errors in code that runs: Run never waits for them (like `tsc` with
 * `noEmitOnError: false`, the code runs as written); when TypeScript's answer arrives the
 * output says so, with each error's line. Unedited examples are type-checked when the site is
 * built (`npm run typecheck:content`), so only the reader's own code is checked here.
 */
export class TypeReport {
  #runs = 0;

  constructor(
    private readonly output: OutputView,
    private readonly modelPath: string,
  ) {}

  /** Call as a run starts; the note goes to this run's output unless a newer run began. */
  async runStarted(code: string, edited: boolean): Promise<void> {
    const run = ++this.#runs;
    if (!edited) return;
    const errors = await check(code, this.modelPath);
    if (run !== this.#runs || !errors?.length) return;
    this.output.push(typeErrorEntries(errors));
  }

  /** Type errors for the plain editor, which cannot underline them itself. */
  static check = check;
}
