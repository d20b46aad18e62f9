import { editKey } from "../../storage/keys.ts";

/**
 * A program's tabs and editor load when the reader reaches for the playground (pointer,
 * focus, or a click on one of its controls, which is then replayed), or at once when there
 * are saved edits or a share link to show. Until then the page shows the first file, as the
 * stylesheet has it, and a lesson page fetches none of that code before it is used.
 */
export function wireOnUse(el: HTMLElement, load: () => Promise<void>): void {
  let loading: Promise<void> | undefined;
  const start = () => (loading ??= load());
  const id = el.dataset.id ?? "";
  if (location.hash.startsWith(`#${id}:`) || hasSavedFiles(id)) return void start();
  for (const type of ["pointerenter", "focusin"])
    el.addEventListener(type, () => void start(), { once: true });
  el.addEventListener(
    "click",
    (event) => {
      const target = event.target as HTMLElement;
      if (el.dataset.ready || !target.closest("button, select, input")) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      void start().then(() => target.click());
    },
    true,
  );
}

/** Whether the reader has saved edits of any file of program `id` on this page. */
function hasSavedFiles(id: string): boolean {
  const prefix = editKey(location.pathname, `${id}/`);
  try {
    return Object.keys(localStorage).some((k) => k.startsWith(prefix));
  } catch {
    return false;
  }
}
