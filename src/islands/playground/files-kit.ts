import { selectionInStatic } from "./code-selection.ts";
import { trackEditor, touchEditor, untrackEditor } from "./editor-slot.ts";
import { LiveEditor } from "./live-editor.ts";
import { whenNoRun } from "./page-idle.ts";
import { renderNotice } from "./panel-views.ts";
import { pageRuntime } from "./runtime.ts";
import { StaticCode } from "./static-code.ts";

/**
 * What the page's island lends the multi-file module (files/, loaded by `import()`), which
 * imports none of it itself: the bundler splits a module that the page's script and a
 * lazily loaded one both import out of the page's chunk, and every lesson page would then
 * load more JavaScript.
 */
export const filesKit = {
  LiveEditor,
  StaticCode,
  selectionInStatic,
  trackEditor,
  touchEditor,
  untrackEditor,
  renderNotice,
  whenNoRun,
  pageRuntime,
};

export type FilesKit = typeof filesKit;
