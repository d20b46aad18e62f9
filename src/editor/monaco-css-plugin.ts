// Build-time only: a Vite plugin for astro.config.mjs, never imported by page code.
import type { Plugin } from "vite";

const PREFIX = "\0monaco-css:";
// Not ending in .css, or Vite's CSS pipeline would take the module for a stylesheet.
const SUFFIX = ".inject.js";

/**
 * Turns Monaco's internal `import "./x.css"` into a module that adds a <style>
 * when it runs. Astro links the CSS of every chunk a page script may import()
 * into the page head (withastro/astro#9495), so without this each playground
 * page would block rendering on ~170 kB of editor CSS that most readers never use.
 */
export function monacoCssOnDemand(): Plugin {
  return {
    name: "looplab:monaco-css-on-demand",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer?.includes("/node_modules/monaco-editor/") || !source.endsWith(".css"))
        return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved ? PREFIX + resolved.id + SUFFIX : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `const style = document.createElement("style");`,
        `style.textContent = css;`,
        `document.head.append(style);`,
      ].join("\n");
    },
  };
}
