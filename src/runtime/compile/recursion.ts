/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any --
   acorn's ESTree nodes are walked generically by field name; the node's `type` tag says which fields exist. */
import type { Node } from "acorn";
import { ancestor, full } from "acorn-walk";

type AnyNode = Node & Record<string, any>;

const CALLS = new Set(["CallExpression", "NewExpression", "TaggedTemplateExpression"]);
const isFunction = (n: AnyNode) => /Function/.test(n.type);
/** Receivers whose methods never call back into the snippet's code. */
const PURE_RECEIVERS = new Set([
  "Math",
  "console",
  "JSON",
  "Number",
  "String",
  "performance",
  "Atomics",
]);

interface Edges {
  names: Set<string>;
  /** Called something it cannot name: a parameter, a computed member, a callback-taking builtin. */
  unknown: boolean;
}

/**
 * The functions that may call themselves, directly or through others: the only ones that
 * can run away without a loop. A conservative call graph: a call by name may reach every
 * function of that name, `x.p()` every method or property function named `p`, and any other
 * call every function that escapes as a value (it may be a callback a builtin calls back).
 */
export function recursiveFunctions(ast: Node): Set<AnyNode> {
  const functions: AnyNode[] = [];
  const byName = new Map<string, Set<AnyNode>>();
  const edges = new Map<AnyNode, Edges>();
  const escaping = new Set<AnyNode>();
  const name = (key: string, fn: AnyNode) => {
    if (!byName.has(key)) byName.set(key, new Set());
    byName.get(key)!.add(fn);
  };
  full(ast, (n: AnyNode) => {
    if (isFunction(n)) {
      functions.push(n);
      edges.set(n, { names: new Set(), unknown: false });
    }
    if ((n.type === "FunctionDeclaration" || n.type === "FunctionExpression") && n["id"])
      name(n["id"].name, n);
    if (n.type === "VariableDeclarator" && n["init"] && isFunction(n["init"]) && n["id"].name)
      name(n["id"].name, n["init"]);
    const member =
      n.type === "Property" || n.type === "MethodDefinition" || n.type === "PropertyDefinition";
    if (member && n["value"] && isFunction(n["value"]) && !n["computed"])
      name(`.${n["key"].name ?? n["key"].value}`, n["value"]);
    if (n.type === "AssignmentExpression" && isFunction(n["right"])) {
      const left = n["left"];
      if (left.type === "Identifier") name(left.name, n["right"]);
      else if (left.type === "MemberExpression" && !left.computed)
        name(`.${left.property.name}`, n["right"]);
    }
  });
  const owner = (ancestors: AnyNode[]) => {
    for (let i = ancestors.length - 2; i >= 0; i--)
      if (isFunction(ancestors[i]!)) return ancestors[i]!;
    return undefined;
  };
  const onCall = (n: AnyNode, _state: unknown, ancestors: AnyNode[]) => {
    const from = owner(ancestors);
    if (!from) return;
    const e = edges.get(from)!;
    const callee = n["callee"] ?? n["tag"];
    if (callee.type === "Identifier") {
      if (byName.has(callee.name)) e.names.add(callee.name);
      else if (!(callee.name in globalThis)) e.unknown = true;
    } else if (callee.type === "MemberExpression" && !callee.computed) {
      e.names.add(`.${callee.property.name}`);
      const receiver = callee.object;
      if (!(receiver.type === "Identifier" && PURE_RECEIVERS.has(receiver.name))) e.unknown = true;
    } else e.unknown = true;
  };
  ancestor(ast, {
    CallExpression: onCall,
    NewExpression: onCall,
    TaggedTemplateExpression: onCall,
    // A function used as a value (passed, stored, returned) may be called from anywhere.
    Identifier(n: AnyNode, _state: unknown, ancestors: AnyNode[]) {
      const parent = ancestors[ancestors.length - 2];
      if (!byName.has(n.name) || !parent) return;
      if (CALLS.has(parent.type) && (parent["callee"] === n || parent["tag"] === n)) return;
      if (isFunction(parent) && parent["id"] === n) return;
      if (parent.type === "VariableDeclarator" && parent["id"] === n) return;
      for (const f of byName.get(n.name)!) escaping.add(f);
    },
    ArrowFunctionExpression(n: AnyNode, _state: unknown, ancestors: AnyNode[]) {
      if (ancestors[ancestors.length - 2]?.type !== "VariableDeclarator") escaping.add(n);
    },
    FunctionExpression(n: AnyNode, _state: unknown, ancestors: AnyNode[]) {
      const parent = ancestors[ancestors.length - 2]?.type;
      if (parent !== "VariableDeclarator" && parent !== "Property" && parent !== "MethodDefinition")
        escaping.add(n);
    },
  });
  const next = (f: AnyNode): Set<AnyNode> => {
    const e = edges.get(f)!;
    const out = new Set<AnyNode>();
    for (const key of e.names) for (const g of byName.get(key) ?? []) out.add(g);
    if (e.unknown) for (const g of escaping) out.add(g);
    return out;
  };
  const recursive = new Set<AnyNode>();
  for (const f of functions) {
    const seen = new Set<AnyNode>();
    const stack = [...next(f)];
    while (stack.length) {
      const g = stack.pop()!;
      if (g === f) {
        recursive.add(f);
        break;
      }
      if (seen.has(g)) continue;
      seen.add(g);
      stack.push(...next(g));
    }
  }
  return recursive;
}
