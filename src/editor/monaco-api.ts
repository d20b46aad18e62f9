// The lean Monaco entry: the editor API and the TypeScript language service.
// "monaco-editor" itself would add ~80 Monarch grammars, the LSP client and the
// CSS/HTML/JSON services. The package's exports map sends "monaco-editor/X" to
// esm/vs/X.js, so CSS is only reachable through the JS modules that import it.
import * as monaco from "monaco-editor/editor/editor.api";
import * as typescript from "monaco-editor/languages/features/typescript/register";
import { conf as typescriptConf } from "monaco-editor/languages/definitions/typescript/typescript";

// The TypeScript service's worker client (internal/common/workers) registers
// every editor contribution and the codicon CSS. It would otherwise arrive with
// the service a moment after the first editor exists, and contributions
// registered late only reach editors created later; loading it here gives every
// editor the same features.
import "monaco-editor/internal/common/workers";

// The language is registered here rather than through Monaco's own
// definitions/typescript/register, whose Monarch tokenizer would compete with
// shiki's; only its brackets/comments configuration is taken.
monaco.languages.register({ id: "typescript", extensions: [".ts"], aliases: ["TypeScript", "ts"] });
monaco.languages.setLanguageConfiguration("typescript", typescriptConf);

export { monaco, typescript };
export type Monaco = typeof monaco;
export type TypeScriptApi = typeof typescript;
