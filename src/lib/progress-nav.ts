import { clearProgress, lessonProgress, passedExercises } from "../storage/progress.ts";
import { pageStore } from "../storage/ready.ts";

/** Marks lessons in the sidebar with the exercises the reader has passed. */
export function initProgress(): void {
  const show = () => {
    const passed = passedExercises(pageStore());
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
      clearProgress(pageStore());
      show();
    });
  }
  document.addEventListener("looplab:progress", show);
  show();
}
