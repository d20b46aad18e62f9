import type { EditorDiagnostic } from "../../editor/types.ts";
import { typeErrorEntries } from "./error-display.ts";
import type { OutputView } from "./output-view.ts";
import { whenNoRun } from "./page-idle.ts";

/**
 * Type errors in code that runs: Run never waits for them (like `tsc` with
 * `noEmitOnError: false`, the code runs as written). TypeScript checks the code when the
 * reader pauses typing, and never during a run (it would take a core from the run being
 * timed); the output says how many errors there were, with each one's line, as soon as the
 * answer is there: at once when the pause's check covers the code run, else after the run.
 * Unedited examples are type-checked when the site is built (`npm run typecheck:content`).
 */
export class TypeReport<S> {
  #runs = 0;
  #checked: { code: S; errors: Promise<EditorDiagnostic[] | undefined> } | undefined;
  /** A run whose code had no check yet: checked when it ends. */
  #waiting: { run: number; code: S } | undefined;

  constructor(
    private readonly output: OutputView,
    private readonly typeErrors: (code: S) => Promise<EditorDiagnostic[]>,
  ) {}

  /** TypeScript's errors in `code` (computed once per text, off the main thread, between runs). */
  check(code: S): Promise<EditorDiagnostic[] | undefined> {
    if (this.#checked?.code !== code) {
      const errors = whenNoRun()
        .then(() => this.typeErrors(code))
        .catch((error: unknown) => {
          console.error("Type checking failed", error);
          return undefined;
        });
      this.#checked = { code, errors };
    }
    return this.#checked.errors;
  }

  runStarted(code: S, edited: boolean): void {
    const run = ++this.#runs;
    this.#waiting = undefined;
    if (!edited) return;
    if (this.#checked?.code === code) this.report(run, this.#checked.errors);
    else this.#waiting = { run, code };
  }

  runEnded(): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) this.report(waiting.run, this.check(waiting.code));
  }

  private report(run: number, errors: Promise<EditorDiagnostic[] | undefined>): void {
    void errors.then((found) => {
      // A newer run cleared the output: this note belongs to an older one.
      if (run === this.#runs && found?.length) this.output.push(typeErrorEntries(found));
    });
  }
}
