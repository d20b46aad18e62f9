/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any --
   acorn's ESTree nodes are walked generically by field name; the node's `type` tag says which fields exist. */
import { parseExpressionAt, type Node } from "acorn";

type AnyNode = Node & Record<string, any>;

/**
 * Names a function's source reads or writes without declaring them itself: what it would
 * need from the scope it was written in. Block scoping is treated loosely (any declaration
 * inside the function counts), which can only miss a problem, never invent one.
 */
export function freeVariables(source: string): string[] {
  const fn = parseFunction(source);
  const declared = new Set<string>(["arguments"]);
  const used = new Set<string>();
  const declare = (p: AnyNode | null): void => {
    if (!p) return;
    if (p.type === "Identifier") declared.add(p["name"]);
    else if (p.type === "ObjectPattern") {
      for (const prop of p["properties"] as AnyNode[]) {
        if (prop.type === "RestElement") declare(prop["argument"]);
        else {
          if (prop["computed"]) visit(prop["key"]);
          declare(prop["value"]);
        }
      }
    } else if (p.type === "ArrayPattern") (p["elements"] as (AnyNode | null)[]).forEach(declare);
    else if (p.type === "RestElement") declare(p["argument"]);
    else if (p.type === "AssignmentPattern") {
      declare(p["left"]);
      visit(p["right"]);
    } else visit(p);
  };
  const visit = (node: AnyNode | null | undefined): void => {
    if (!node || typeof node.type !== "string") return;
    switch (node.type) {
      case "Identifier":
        used.add(node["name"]);
        return;
      case "VariableDeclarator":
        declare(node["id"]);
        visit(node["init"]);
        return;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        if (node["id"]) declared.add(node["id"].name);
        (node["params"] as AnyNode[]).forEach(declare);
        visit(node["body"]);
        return;
      case "ClassDeclaration":
      case "ClassExpression":
        if (node["id"]) declared.add(node["id"].name);
        visit(node["superClass"]);
        visit(node["body"]);
        return;
      case "CatchClause":
        declare(node["param"]);
        visit(node["body"]);
        return;
      case "MemberExpression":
        visit(node["object"]);
        if (node["computed"]) visit(node["property"]);
        return;
      case "Property":
      case "PropertyDefinition":
      case "MethodDefinition":
        if (node["computed"]) visit(node["key"]);
        visit(node["value"]);
        return;
      case "LabeledStatement":
        visit(node["body"]);
        return;
      case "BreakStatement":
      case "ContinueStatement":
      case "MetaProperty":
        return;
    }
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) child.forEach((c) => visit(c as AnyNode));
      else if (child && typeof child === "object") visit(child as AnyNode);
    }
  };
  visit(fn);
  return [...used].filter((n) => !declared.has(n));
}

function parseFunction(source: string): AnyNode {
  const opts = { ecmaVersion: "latest", sourceType: "module" } as const;
  try {
    return parseExpressionAt(`(${source})`, 0, opts) as AnyNode;
  } catch {
    // Method shorthand, e.g. `work(x) { … }` taken from an object literal.
    return parseExpressionAt(`({${source}})`, 0, opts) as AnyNode;
  }
}

/**
 * Why `fn` cannot run in a worker, or undefined if it can. `isAvailable` says whether a name
 * exists on every thread (JS and browser globals, lab helpers).
 */
export function taskFunctionProblem(
  source: string,
  name: string,
  isAvailable: (n: string) => boolean,
): string | undefined {
  if (/\{\s*\[native code\]\s*\}\s*$/.test(source)) {
    return `Task function "${name || "(anonymous)"}" is a built-in or bound function; workers receive functions as source text, so pass a plain function.`;
  }
  let free: string[];
  try {
    free = freeVariables(source);
  } catch (e) {
    return `Task function "${name || "(anonymous)"}" could not be read: ${(e as Error).message}`;
  }
  const missing = free.find((n) => !isAvailable(n));
  if (missing === undefined) return undefined;
  const who = name ? `Task function "${name}"` : "The task function";
  return `${who} uses "${missing}", which lives on the main thread. A worker has its own memory: pass "${missing}" as an argument instead (or, if it is a helper function, define it inside the task function).`;
}
