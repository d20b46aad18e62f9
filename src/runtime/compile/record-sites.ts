/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any --
   acorn's ESTree nodes are read generically by field name; the node's `type` tag says which fields exist. */
import type { Node } from "acorn";

type AnyNode = Node & Record<string, any>;

/**
 * What the recording pass marks at a site: where code suspends and resumes (`await`,
 * `for await`, `yield`, a `catch`/`finally` block entered by a rejection), where a callback
 * is handed to the event loop, and calls whose effects the view names (console, lab helpers,
 * postMessage).
 */
export type SiteKind =
  | "await"
  | "for await"
  | "yield"
  | "catch"
  | "finally"
  | "then"
  | "catch callback"
  | "finally callback"
  | "queueMicrotask"
  | "setTimeout"
  | "setInterval"
  | "postTask"
  | "requestAnimationFrame"
  | "listener"
  | "onmessage"
  | "console"
  | "sleep"
  | "simulatedFetch"
  | "map"
  | "postMessage";

/** A marked site, at a position in the code it was found in. */
export interface BodySite {
  kind: SiteKind;
  /** Offset of the site in the code that was instrumented. */
  offset: number;
  /** The function the site is in (index into the function table; 0 is the script). */
  fn: number;
  /** Source text of a `for await` iterable, for the engine's error message. */
  text?: string;
}

/** A function of the snippet, for naming what runs. */
export interface BodyFunction {
  name: string;
  offset: number;
  async: boolean;
  generator: boolean;
}

/** Callbacks handed to the event loop by a method call, by the method's name. */
export const METHOD_CALLBACKS = new Map<string, SiteKind>([
  ["then", "then"],
  ["catch", "catch callback"],
  ["finally", "finally callback"],
]);

/** Callbacks handed to the event loop by a global function, by its name. */
export const GLOBAL_CALLBACKS = new Map<string, SiteKind>([
  ["queueMicrotask", "queueMicrotask"],
  ["setTimeout", "setTimeout"],
  ["setInterval", "setInterval"],
  ["requestAnimationFrame", "requestAnimationFrame"],
]);

/** Which recorder helper wraps a callback of each kind (see RECORD_PARAMS). */
export function wrapperFor(kind: SiteKind): "__m" | "__t" | "__f" | "__e" {
  if (kind === "requestAnimationFrame") return "__f";
  if (kind === "setTimeout" || kind === "setInterval" || kind === "postTask") return "__t";
  if (kind === "listener" || kind === "onmessage") return "__e";
  return "__m";
}

/** lab helpers whose calls are marked, so their timers and tasks are named by line. */
export const MARKED_LAB_CALLS = new Set(["sleep", "simulatedFetch", "map"]);

export const isFunction = (n: AnyNode): boolean =>
  n.type === "FunctionDeclaration" ||
  n.type === "FunctionExpression" ||
  n.type === "ArrowFunctionExpression";

/** A function's name as a reader would say it: declared, assigned, or its property key. */
export function functionName(node: AnyNode, parent: AnyNode | null): string | undefined {
  if (node["id"]) return node["id"].name as string;
  if (!parent) return undefined;
  if (parent.type === "VariableDeclarator" && parent["id"].type === "Identifier")
    return parent["id"].name as string;
  const keyed =
    parent.type === "Property" ||
    parent.type === "MethodDefinition" ||
    parent.type === "PropertyDefinition";
  if (keyed && !parent["computed"] && parent["value"] === node)
    return (parent["key"].name ?? String(parent["key"].value)) as string;
  if (parent.type === "AssignmentExpression" && parent["right"] === node) {
    const left = parent["left"];
    if (left.type === "Identifier") return left.name as string;
    if (left.type === "MemberExpression" && !left.computed) return left.property.name as string;
  }
  return undefined;
}

/**
 * Local names bound to lab helpers by the rewritten imports
 * (`const { sleep, map: m } = __import({ … })`), and namespace imports (`const lab = __import(…)`).
 */
export function labLocals(block: AnyNode): { named: Map<string, string>; namespaces: Set<string> } {
  const named = new Map<string, string>();
  const namespaces = new Set<string>();
  for (const stmt of block["body"] as AnyNode[]) {
    if (stmt.type !== "VariableDeclaration") continue;
    for (const d of stmt["declarations"] as AnyNode[]) {
      const init = d["init"];
      if (init?.type !== "CallExpression" || init.callee.type !== "Identifier") continue;
      if (init.callee.name !== "__import") continue;
      if (d["id"].type === "Identifier") namespaces.add(d["id"].name as string);
      else
        for (const p of d["id"].properties as AnyNode[])
          if (p["value"]?.type === "Identifier" && !p["computed"])
            named.set(p["value"].name as string, (p["key"].name ?? p["key"].value) as string);
    }
  }
  return { named, namespaces };
}

/** A marked site as the recorder and the view see it: its TypeScript position and function. */
export interface PlanSite {
  kind: SiteKind;
  /** 1-based TypeScript line and column. */
  line: number;
  column: number;
  fn: number;
  text?: string;
}

/** A function of the snippet by name and TypeScript line; index 0 is the script. */
export interface PlanFunction {
  name: string;
  line: number;
  async: boolean;
  generator: boolean;
}

/** What the recording pass marked: site ids and function ids index these tables. */
export interface RecordPlan {
  sites: PlanSite[];
  fns: PlanFunction[];
}
