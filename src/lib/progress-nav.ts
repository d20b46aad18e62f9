import { exportWork, importWork } from "../storage/export.ts";
import { clearProgress, lessonProgress, passedExercises } from "../storage/progress.ts";
import { pageScope, pageStore } from "../storage/ready.ts";

/**
 * Marks lessons in the sidebar with the exercises the reader has passed, and lets them save
 * their work (passed exercises and edited code) to a file, load it back, or clear progress.
 */
export function initProgress(): void {
  const status = document.querySelector<HTMLElement>("[data-work-status]");
  const say = (text: string) => void (status && (status.textContent = text));
  const show = () => {
    const passed = passedExercises(pageStore(), pageScope());
    for (const link of document.querySelectorAll<HTMLElement>("[data-exercises]")) {
      const badge = link.querySelector<HTMLElement>("[data-progress]");
      const exercises = (link.dataset.exercises ?? "").split(" ").filter(Boolean);
      if (!badge || !exercises.length) continue;
      const { done, total } = lessonProgress(passed, link.dataset.lessonId ?? "", exercises);
      badge.textContent = done === 0 ? "" : done === total ? "✓" : `${done}/${total}`;
      badge.title = `${done} of ${total} exercises passed`;
    }
    for (const button of document.querySelectorAll<HTMLElement>("[data-clear-progress]")) {
      button.hidden = passed.size === 0;
    }
  };
  for (const button of document.querySelectorAll<HTMLElement>("[data-clear-progress]")) {
    button.addEventListener("click", () => {
      if (!confirm("Forget which exercises you have passed?")) return;
      clearProgress(pageStore(), pageScope());
      show();
    });
  }
  for (const button of document.querySelectorAll<HTMLElement>("[data-export-work]")) {
    button.addEventListener("click", () => {
      const work = exportWork(pageStore(), pageScope());
      const link = document.createElement("a");
      link.href = URL.createObjectURL(
        new Blob([JSON.stringify(work, null, 2)], { type: "application/json" }),
      );
      link.download = `${document.title.split(" · ").at(-1) ?? "course"} - my work.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      say(
        `Saved ${work.passed.length} passed exercise(s) and ${Object.keys(work.edits).length} edited example(s).`,
      );
    });
  }
  for (const input of document.querySelectorAll<HTMLInputElement>("[data-import-work]")) {
    input.addEventListener("change", () => void load(input));
  }
  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    try {
      const result = importWork(pageStore(), pageScope(), JSON.parse(await file.text()));
      say(
        `Loaded ${result.passed} passed exercise(s) and ${result.edits} edit(s)` +
          (result.kept ? `; kept ${result.kept} newer edit(s) of yours.` : ".") +
          " Reload a lesson to see its edits.",
      );
      show();
    } catch (e) {
      say(e instanceof SyntaxError ? "This file is not JSON." : (e as Error).message);
    }
  };
  document.addEventListener("looplab:progress", show);
  show();
}
