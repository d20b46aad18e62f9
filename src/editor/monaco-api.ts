// The lean Monaco entry: the editor API, the TypeScript language (Monarch colouring and the
// language service) and the editor features a reader of a short example uses. "monaco-editor"
// itself would add ~80 grammars, the LSP client and the CSS/HTML/JSON services; Monaco's own
// worker client (internal/common/workers) would add every editor feature, which
// `monacoTrimmedContributions()` (monaco-build-plugins.ts) stops.
import * as monaco from "monaco-editor/editor/editor.api";
import * as typescript from "monaco-editor/languages/features/typescript/register";
import { conf, language } from "monaco-editor/languages/definitions/typescript/typescript";
import "./monaco-contributions.ts";

monaco.languages.register({ id: "typescript", extensions: [".ts"], aliases: ["TypeScript", "ts"] });
monaco.languages.setLanguageConfiguration("typescript", conf);
monaco.languages.setMonarchTokensProvider("typescript", language);

export { monaco, typescript };
export type Monaco = typeof monaco;
export type TypeScriptApi = typeof typescript;
