// Monaco takes the colours of the GitHub themes the static code is highlighted with (shiki's
// copies of them), mapped onto Monaco's own TypeScript grammar: tokenizing with shiki in the
// editor cost ~170 kB and hundreds of ms of main-thread work per editor.
import githubDark from "@shikijs/themes/github-dark-default";
import githubLight from "@shikijs/themes/github-light-default";
import { CODE_THEMES as THEMES } from "../lib/code-themes.ts";
import type { Monaco } from "./monaco-api.ts";
import { monacoThemeFrom } from "./theme-rules.ts";

export function installTheme(monaco: Monaco): void {
  monaco.editor.defineTheme(THEMES.light, monacoThemeFrom(githubLight));
  monaco.editor.defineTheme(THEMES.dark, monacoThemeFrom(githubDark));
  followPageTheme(monaco);
}

/** The page theme (`<html data-theme>`), as a Monaco theme name. */
export function currentTheme(): string {
  return document.documentElement.dataset["theme"] === "dark" ? THEMES.dark : THEMES.light;
}

/** Monaco has one theme per page, so one observer serves every editor. */
function followPageTheme(monaco: Monaco): void {
  monaco.editor.setTheme(currentTheme());
  new MutationObserver(() => monaco.editor.setTheme(currentTheme())).observe(
    document.documentElement,
    { attributes: true, attributeFilter: ["data-theme"] },
  );
}
