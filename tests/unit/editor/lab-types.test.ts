import { describe, expect, it } from "vitest";
import { labModuleSource } from "../../../src/editor/lab-types.ts";

describe("labModuleSource", () => {
  it("wraps the real lab.d.ts as an ambient module", () => {
    const source = labModuleSource();
    expect(source.startsWith('declare module "lab" {')).toBe(true);
    expect(source).toMatch(
      /export function sleep\(ms: number, options\?: WaitOptions\): Promise<void>;/,
    );
  });

  it("drops `declare` inside the wrapper, where it would be an error", () => {
    const source = labModuleSource(
      "export declare function now(): number;\ndeclare const x: number;\n",
    );
    expect(source).toBe(
      'declare module "lab" {\nexport function now(): number;\nconst x: number;\n\n}\n',
    );
  });

  it("keeps `declare global` blocks", () => {
    expect(labModuleSource("declare global {\n}\n")).toContain("declare global {");
  });

  it("leaves a file that already declares the module alone", () => {
    const ambient = 'declare module "lab" {\n  export function now(): number;\n}\n';
    expect(labModuleSource(ambient)).toBe(ambient);
  });
});
