import labDeclarations from "../runtime/lab/lab.d.ts?raw";

const AMBIENT = /declare\s+module\s+["']lab["']/;

/**
 * The `lab` API as an ambient module declaration, so TypeScript in the editor
 * resolves `import { sleep } from "lab"`. A plain module d.ts is wrapped.
 */
export function labModuleSource(source: string = labDeclarations): string {
  if (AMBIENT.test(source)) return source;
  // Inside `declare module`, `export declare` is an error (TS1038): drop the redundant `declare`.
  const body = source.replace(/^(\s*)(export\s+)?declare\s+(?!global\b)/gm, "$1$2");
  return `declare module "lab" {\n${body}\n}\n`;
}
