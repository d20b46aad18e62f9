import { THEME_KEY } from "../storage/keys.ts";

export { THEME_KEY };
export type Theme = "light" | "dark";

/** The theme to show: the stored choice if valid, else the OS preference. */
export function resolveTheme(stored: string | null, osPrefersDark: boolean): Theme {
  if (stored === "light" || stored === "dark") return stored;
  return osPrefersDark ? "dark" : "light";
}

/**
 * Inline <head> script, run before first paint so the page never flashes the
 * wrong theme, and marks the page as scripted so JS-only controls take their
 * place before first paint. Kept as a string: it must not wait for a module.
 */
export const themeBootScript = `(() => {
  document.documentElement.classList.add("js");
  let stored = null;
  try { stored = localStorage.getItem(${JSON.stringify(THEME_KEY)}); } catch {}
  const dark = stored === "dark" || (stored !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
})();`;

export function initThemeToggle(): void {
  const root = document.documentElement;
  const media = matchMedia("(prefers-color-scheme: dark)");
  const buttons = document.querySelectorAll<HTMLButtonElement>("[data-theme-toggle]");
  const show = (theme: Theme) => {
    root.dataset.theme = theme;
    for (const b of buttons) {
      b.setAttribute("aria-pressed", String(theme === "dark"));
      b.title = theme === "dark" ? "Switch to the light theme" : "Switch to the dark theme";
    }
  };
  const stored = () => {
    try {
      return localStorage.getItem(THEME_KEY);
    } catch {
      return null;
    }
  };
  show(resolveTheme(stored(), media.matches));
  for (const button of buttons) {
    button.addEventListener("click", () => {
      const next: Theme = root.dataset.theme === "dark" ? "light" : "dark";
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      show(next);
    });
  }
  media.addEventListener("change", () => show(resolveTheme(stored(), media.matches)));
}
