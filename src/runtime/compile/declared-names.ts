/* eslint-disable @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-explicit-any --
   acorn's ESTree nodes are walked generically by field name; the node's `type` tag says which fields exist. */
import type { Node } from "acorn";
import { simple } from "acorn-walk";

type AnyNode = Node & Record<string, any>;

/**
 * Every name the snippet declares, in any scope. A task function that reads one of these
 * reads main-thread state, even when a global of the same name (`name`, `status`, `origin`)
 * exists in workers too and would otherwise hide the mistake.
 */
export function declaredNames(ast: Node): string[] {
  const names = new Set<string>();
  const bind = (p: AnyNode | null | undefined): void => {
    if (!p) return;
    if (p.type === "Identifier") names.add(p["name"]);
    else if (p.type === "ObjectPattern") {
      for (const prop of p["properties"] as AnyNode[])
        bind(prop.type === "RestElement" ? prop["argument"] : prop["value"]);
    } else if (p.type === "ArrayPattern") (p["elements"] as (AnyNode | null)[]).forEach(bind);
    else if (p.type === "RestElement") bind(p["argument"]);
    else if (p.type === "AssignmentPattern") bind(p["left"]);
  };
  const fn = (n: AnyNode) => {
    bind(n["id"]);
    (n["params"] as AnyNode[]).forEach(bind);
  };
  simple(ast, {
    VariableDeclarator: (n: AnyNode) => bind(n["id"]),
    FunctionDeclaration: fn,
    FunctionExpression: fn,
    ArrowFunctionExpression: fn,
    ClassDeclaration: (n: AnyNode) => bind(n["id"]),
    CatchClause: (n: AnyNode) => bind(n["param"]),
  });
  return [...names].sort();
}
