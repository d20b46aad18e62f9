/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-explicit-any --
   acorn's ESTree nodes are walked generically by field name; the node's `type` tag says which fields exist. */
import type { Node } from "acorn";
import { simple } from "acorn-walk";
import { declaredNames } from "./declared-names.ts";
import { insertGuards } from "./guard-insert.ts";
import { MODULE_PROLOGUE, filePlaceholder, workerPlaceholder } from "./module-text.ts";
import { lineFinder, parseModule, rewriteLabImport, type RewriteError } from "./rewrite.ts";
import { Splice, type ColumnShifts } from "./splice.ts";

type AnyNode = Node & Record<string, any>;

export type ModuleRewrite =
  | { ok: true; code: string; shifts: ColumnShifts; names: string[]; imports: string[] }
  | { ok: false; errors: RewriteError[] };

/**
 * Resolves a relative specifier (`./shared.ts`, `./shared`) to a file of the program, or
 * says why it cannot.
 */
export type Resolve = (specifier: string) => { file: string } | { error: string };

/**
 * Turns esbuild's output for one file of a program into the module the runner loads: the
 * prologue goes first, `lab` imports become destructuring of the run's lab, imports of the
 * program's files and `new URL("./worker.ts", import.meta.url)` name placeholders, and loops
 * and recursive functions get their stop checks. It stays a module: exports, cycles and the
 * temporal dead zone behave as the browser defines them. Line numbers never change.
 */
export function rewriteAsModule(code: string, resolve: Resolve): ModuleRewrite {
  const parsed = parseModule(code);
  if ("errors" in parsed) return { ok: false, errors: parsed.errors };
  const { ast } = parsed;
  const s = new Splice(code);
  s.insert(0, MODULE_PROLOGUE);
  const errors: RewriteError[] = [];
  const imports = new Set<string>();
  const point = (literal: AnyNode, placeholder: (f: string) => string) => {
    const found = resolve(literal["value"] as string);
    if ("error" in found) errors.push({ offset: literal.start, message: found.error });
    else {
      imports.add(found.file);
      s.replace(literal.start, literal.end, JSON.stringify(placeholder(found.file)));
    }
  };

  for (const node of ast["body"] as AnyNode[]) {
    const source = node["source"] as AnyNode | null | undefined;
    if (!source) continue;
    if (node.type === "ImportDeclaration" && source["value"] === "lab")
      rewriteLabImport(node, s, errors);
    else if (source["value"] === "lab")
      errors.push({ offset: node.start, message: 'Re-exporting "lab" is not supported' });
    else point(source, filePlaceholder);
  }
  simple(ast, {
    ImportExpression(n: AnyNode) {
      if (n["source"].type === "Literal" && typeof n["source"].value === "string")
        point(n["source"], filePlaceholder);
    },
    NewExpression(n: AnyNode) {
      if (isFileUrl(n)) point(n["arguments"][0], workerPlaceholder);
    },
  });
  if (errors.length) return { ok: false, errors };

  insertGuards(ast, s, lineFinder(code));
  const { text, shifts } = s.apply();
  return { ok: true, code: text, shifts, names: declaredNames(ast), imports: [...imports] };
}

/** `new URL("./x.ts", import.meta.url)`: how a Vite project names a worker's script. */
function isFileUrl(n: AnyNode): boolean {
  const [first, second] = n["arguments"] as AnyNode[];
  return (
    n["callee"].type === "Identifier" &&
    n["callee"].name === "URL" &&
    first?.type === "Literal" &&
    typeof first["value"] === "string" &&
    /^\.\.?\//.test(first["value"]) &&
    second?.type === "MemberExpression" &&
    second["object"].type === "MetaProperty" &&
    second["property"].name === "url"
  );
}
