// Monaco ships this module without typings; its language configuration and Monarch grammar are used.
declare module "monaco-editor/languages/definitions/typescript/typescript" {
  import type { languages } from "monaco-editor/editor/editor.api";
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}

// The TypeScript service class Monaco runs in its worker; the phone checker runs it directly.
declare module "monaco-editor/languages/features/typescript/tsWorker" {
  interface MirrorModel {
    uri: { path: string; toString(): string };
    readonly version: number;
    getValue(): string;
  }
  export class TypeScriptWorker {
    constructor(
      ctx: { getMirrorModels(): MirrorModel[] },
      createData: {
        compilerOptions: object;
        extraLibs: Record<string, { content: string; version: number }>;
        inlayHintsOptions: object;
      },
    );
    getSyntacticDiagnostics(fileName: string): Promise<unknown[]>;
    getSemanticDiagnostics(fileName: string): Promise<unknown[]>;
  }
}
