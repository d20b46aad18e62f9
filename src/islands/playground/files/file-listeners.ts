import type { TextSelection } from "../../../editor/types.ts";
import type { FilesKit } from "../files-kit.ts";
import type { StaticCode } from "../static-code.ts";

/** What the reader's clicks and keys on a program's code ask of its panel. */
export interface EditActions {
  /** Open the editor on the file on show, the caret at `selection`. */
  edit(selection?: TextSelection): void;
  /** The Edit button: open the editor, or close it. */
  toggle(): void;
  run(): void;
}

/**
 * Clicks and keys on the read-only code of each file, as on a snippet's (code-panel.ts): a
 * click edits there, Enter edits, Ctrl/Cmd+Enter runs; a sign of intent to edit (the pointer
 * or focus on the files or Edit) starts loading the editor, once no run is being timed.
 */
export function listenForEdits(
  box: HTMLElement,
  files: readonly { box: HTMLElement; shown: StaticCode }[],
  editButton: HTMLButtonElement,
  kit: Pick<FilesKit, "selectionInStatic" | "whenNoRun">,
  actions: EditActions,
): void {
  for (const file of files) {
    file.box.addEventListener("click", (e) => {
      const pre = file.shown.pre;
      if (!pre?.contains(e.target as Node)) return;
      actions.edit(kit.selectionInStatic(pre, { x: e.clientX, y: e.clientY }));
    });
    file.box.addEventListener("keydown", (e) => {
      if (e.target !== file.shown.pre || e.key !== "Enter") return;
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) actions.run();
      else actions.edit();
    });
  }
  editButton.addEventListener("click", () => actions.toggle());
  const preload = () =>
    void kit
      .whenNoRun()
      .then(() => import("../../../editor/index.ts"))
      .then((m) => m.preloadMonaco())
      .catch(() => {});
  for (const target of [box, editButton]) {
    target.addEventListener("pointerenter", preload, { once: true });
    target.addEventListener("focusin", preload, { once: true });
  }
}

/** A part of the server-rendered markup; its absence is a bug in the component. */
export function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`playground markup lacks ${selector}`);
  return found;
}
