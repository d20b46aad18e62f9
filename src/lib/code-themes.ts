/**
 * Shiki themes for every piece of code on the site: static blocks, playgrounds
 * and the editor. The "default" GitHub themes keep every token colour at
 * WCAG AA contrast (the older "github-light" orange is 3.5:1). Keep
 * astro.config.mjs's markdown.shikiConfig in step.
 */
export const CODE_THEMES = { light: "github-light-default", dark: "github-dark-default" } as const;
