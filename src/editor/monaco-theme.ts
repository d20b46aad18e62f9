// Monaco is coloured by the same shiki grammar and themes as the server-rendered
// code, so switching from the static block to the editor does not change colours.
import { shikiToMonaco } from "@shikijs/monaco";
import { createHighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import { CODE_THEMES as THEMES } from "../lib/code-themes.ts";
import type { Monaco } from "./monaco-api.ts";

export async function installShikiTheme(monaco: Monaco): Promise<void> {
  const highlighter = await createHighlighterCore({
    themes: [
      import("@shikijs/themes/github-light-default"),
      import("@shikijs/themes/github-dark-default"),
    ],
    langs: [import("@shikijs/langs/typescript")],
    engine: createJavaScriptRegexEngine(),
  });
  // The JavaScript regex engine compiles each grammar pattern on first use; doing
  // that now keeps the first editor's lines under shiki's per-line time limit,
  // past which a line is left half-coloured.
  highlighter.codeToTokensBase("const f = async (n: number): Promise<void> => {};", {
    lang: "typescript",
    theme: THEMES.light,
  });
  shikiToMonaco(highlighter, monaco, { tokenizeTimeLimit: 2000 });
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
    {
      attributes: true,
      attributeFilter: ["data-theme"],
    },
  );
}
