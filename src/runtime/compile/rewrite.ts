/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any --
   acorn's ESTree nodes are walked generically by field name; the node's `type` tag says which fields exist. */
import { parse, type Node } from "acorn";
import { declaredNames } from "./declared-names.ts";
import { LAB_EXPORTS } from "../lab/create-lab.ts";
import { insertGuards } from "./guard-insert.ts";
import { Splice, type ColumnShifts } from "./splice.ts";

export interface RewriteError {
  offset: number;
  message: string;
}

export type RewriteResult =
  | { ok: true; code: string; shifts: ColumnShifts; names: string[] }
  | { ok: false; errors: RewriteError[] };

type AnyNode = Node & Record<string, any>;

/**
 * Turns esbuild's ES module output into the body of an async function: `lab` imports become
 * destructuring of the run's lab object, exports are collected, loops and functions are
 * instrumented for the main-thread time budget (guard-insert.ts). Line numbers never change.
 */
export function rewriteModule(code: string): RewriteResult {
  const parsed = parseModule(code);
  if ("errors" in parsed) return { ok: false, errors: parsed.errors };
  const { ast } = parsed;
  const s = new Splice(code);
  // A block around the body lets snippets declare names such as `console` without clashing
  // with the wrapper's parameters; modules are strict, so the body is too.
  s.insert(0, '"use strict";{');
  const errors: RewriteError[] = [];
  const exported: string[] = [];

  for (const node of ast["body"] as AnyNode[]) {
    if (node.type === "ImportDeclaration") rewriteLabImport(node, s, errors);
    else if (node.type === "ExportNamedDeclaration") rewriteExport(node, s, errors, exported);
    else if (node.type === "ExportDefaultDeclaration" || node.type === "ExportAllDeclaration") {
      errors.push({ offset: node.start, message: "This kind of export is not supported here" });
    }
  }
  if (errors.length) return { ok: false, errors };

  insertGuards(ast, s, lineFinder(code));

  const tail = exported.length ? `;__exports({ ${exported.join(", ")} });` : "";
  s.insert(code.length, `\n${tail}}`);
  const { text, shifts } = s.apply();
  return { ok: true, code: text, shifts, names: declaredNames(ast) };
}

/** esbuild's output parsed as a module, or where it does not parse. */
export function parseModule(code: string): { ast: AnyNode } | { errors: RewriteError[] } {
  try {
    return { ast: parse(code, { ecmaVersion: "latest", sourceType: "module" }) as AnyNode };
  } catch (e) {
    const err = e as SyntaxError & { pos?: number };
    return { errors: [{ offset: err.pos ?? 0, message: err.message }] };
  }
}

/** Line (1-based) of an offset in `text`, by binary search over its line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export function rewriteLabImport(node: AnyNode, s: Splice, errors: RewriteError[]): void {
  const from = node["source"].value as string;
  if (from !== "lab") {
    errors.push({
      offset: node["source"].start,
      message: `Only "lab" can be imported in a playground, not "${from}"`,
    });
    return;
  }
  const names: string[] = [];
  const aliases: string[] = [];
  for (const spec of node["specifiers"] as AnyNode[]) {
    const local = spec["local"].name as string;
    if (spec.type === "ImportNamespaceSpecifier") {
      s.replace(node.start, node.end, `const ${local} = __import({ ${local}: "*" });`);
      return;
    }
    if (spec.type === "ImportDefaultSpecifier") {
      errors.push({
        offset: spec.start,
        message: `"lab" has no default export: use import { … } from "lab"`,
      });
      return;
    }
    const imported = (spec["imported"].name ?? spec["imported"].value) as string;
    if (!(LAB_EXPORTS as readonly string[]).includes(imported)) {
      errors.push({ offset: spec.start, message: `"lab" has no export named "${imported}"` });
      return;
    }
    names.push(imported === local ? local : `${imported}: ${local}`);
    aliases.push(`${local}: ${JSON.stringify(imported)}`);
  }
  const text = names.length
    ? `const { ${names.join(", ")} } = __import({ ${aliases.join(", ")} });`
    : "";
  s.replace(node.start, node.end, text);
}

function rewriteExport(node: AnyNode, s: Splice, errors: RewriteError[], exported: string[]): void {
  if (node["source"]) {
    errors.push({
      offset: node.start,
      message: "Re-exporting from another module is not supported here",
    });
    return;
  }
  const decl = node["declaration"] as AnyNode | null;
  if (decl) {
    s.replace(node.start, decl.start, "");
    if (decl.type === "VariableDeclaration") {
      for (const d of decl["declarations"] as AnyNode[]) {
        if (d["id"].type === "Identifier") exported.push(d["id"].name);
        else
          errors.push({
            offset: d.start,
            message: "Export each name on its own (no destructuring)",
          });
      }
    } else exported.push(decl["id"].name);
    return;
  }
  const pairs = (node["specifiers"] as AnyNode[]).map((spec) => {
    const local = spec["local"].name as string;
    const name = (spec["exported"].name ?? spec["exported"].value) as string;
    return name === local ? local : `${JSON.stringify(name)}: ${local}`;
  });
  s.replace(node.start, node.end, pairs.length ? `__exports({ ${pairs.join(", ")} });` : "");
}
