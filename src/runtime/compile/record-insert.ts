/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any --
   acorn's ESTree nodes are walked generically by field name; the node's `type` tag says which fields exist. */
import { parse, type Node } from "acorn";
import {
  functionName,
  GLOBAL_CALLBACKS,
  isFunction,
  labLocals,
  MARKED_LAB_CALLS,
  METHOD_CALLBACKS,
  wrapperFor,
  type BodyFunction,
  type BodySite,
  type SiteKind,
} from "./record-sites.ts";
import { Splice, type ColumnShifts } from "./splice.ts";

type AnyNode = Node & Record<string, any>;

export interface Instrumented {
  code: string;
  /** Column shifts of these edits alone (instrumented → given code). */
  shifts: ColumnShifts;
  sites: BodySite[];
  fns: BodyFunction[];
}

const STATEMENT_LISTS = new Set(["BlockStatement", "Program", "StaticBlock", "SwitchCase"]);
const GLOBAL_OBJECTS = new Set(["globalThis", "window", "self"]);

/**
 * The recording pass of the Event loop view, over a compiled snippet body (rewrite.ts output).
 * Each `await x` becomes `__r(id, await __s(id, x))`: the awaited value passes through
 * untouched, so the engine takes exactly the ticks it would (wrapping the value would add
 * some, and a native await never calls a patched `then`). Async bodies are bracketed by
 * `__A`/`__Z` in a try/finally, `catch`/`finally` blocks of async code start with `__k` (a
 * rejected await resumes there), functions named `then` are bracketed by `__B`/`__E` (the
 * engine calls a thenable's `then` in a job of its own), and callbacks are wrapped where they
 * are handed to the event loop. Only text is inserted, never a newline, so every line keeps
 * its number and stack frames still map to TypeScript.
 */
export function insertRecording(code: string): Instrumented {
  const ast = parse(code, {
    ecmaVersion: "latest",
    sourceType: "module",
    preserveParens: true,
  }) as AnyNode;
  const s = new Splice(code);
  const sites: BodySite[] = [];
  const fns: BodyFunction[] = [{ name: "the script", offset: 0, async: true, generator: false }];
  const siteIds = new Map<AnyNode, number>();
  const site = (node: AnyNode, kind: SiteKind, fn: number, text?: string) => {
    let id = siteIds.get(node);
    if (id === undefined) {
      id = sites.length;
      sites.push({ kind, offset: node.start, fn, ...(text !== undefined ? { text } : {}) });
      siteIds.set(node, id);
    }
    return id;
  };
  // Text that closes a construct is inserted once everything inside it has been visited, so
  // at a shared position inner closers come first (Splice keeps recording order there).
  let closers: [number, string][] = [];
  const close = (at: number, text: string) => void closers.push([at, text]);
  const wrapArg = (arg: AnyNode, helper: string, id: number) => {
    if (arg.type === "SpreadElement") return;
    s.insert(arg.start, `${helper}(${id}, `);
    close(arg.end, ")");
  };
  const mark = (target: AnyNode, id: number) => {
    s.insert(target.start, `(__c(${id}), `);
    close(target.end, ")");
  };
  const bracket = (body: AnyNode, id: number, enter: string, leave: string) => {
    if (body.type === "BlockStatement") {
      s.insert(body.start + 1, `${enter}(${id});try{`);
      close(body.end - 1, `}finally{${leave}(${id})}`);
    } else {
      s.insert(body.start, `{${enter}(${id});try{return `);
      close(body.end, `}finally{${leave}(${id})}}`);
    }
  };
  const top = (ast["body"] as AnyNode[]).find((n) => n.type === "BlockStatement");
  const lab = top ? labLocals(top) : { named: new Map<string, string>(), namespaces: new Set() };

  const forAwaitEnd = (stmt: AnyNode, loop: AnyNode, fn: number, inList: boolean) => {
    const id = site(loop, "for await", fn, code.slice(loop.right.start, loop.right.end));
    if (!inList) s.insert(stmt.start, "{");
    close(stmt.end, `;__fe(${id});${inList ? "" : "}"}`);
  };

  const onCall = (node: AnyNode, fn: number) => {
    const callee = node["callee"];
    const args = node["arguments"] as AnyNode[];
    if (callee.type === "MemberExpression" && !callee.computed) {
      const name = callee.property.name as string;
      const object = callee.object;
      const callbacks = METHOD_CALLBACKS.get(name);
      const global = GLOBAL_OBJECTS.has(object.name) ? GLOBAL_CALLBACKS.get(name) : undefined;
      if (callbacks) {
        const id = site(node, callbacks, fn);
        for (const a of args) wrapArg(a, "__m", id);
      } else if (global && args[0]) {
        wrapArg(args[0], wrapperFor(global), site(node, global, fn));
      } else if (name === "postTask" && object.name === "scheduler" && args[0]) {
        wrapArg(args[0], "__t", site(node, "postTask", fn));
      } else if ((name === "addEventListener" || name === "removeEventListener") && args[1]) {
        wrapArg(args[1], "__e", site(node, "listener", fn));
      } else if (object.type === "Identifier" && object.name === "console") {
        mark(object, site(node, "console", fn));
      } else if (lab.namespaces.has(object.name) && MARKED_LAB_CALLS.has(name)) {
        mark(object, site(node, name as SiteKind, fn));
      } else if (name === "postMessage") {
        mark(object, site(node, "postMessage", fn));
      }
      return;
    }
    if (callee.type !== "Identifier") return;
    const global = GLOBAL_CALLBACKS.get(callee.name as string);
    if (global && args[0]) wrapArg(args[0], wrapperFor(global), site(node, global, fn));
    const imported = lab.named.get(callee.name);
    if (imported && MARKED_LAB_CALLS.has(imported))
      mark(callee, site(node, imported as SiteKind, fn));
  };

  const visit = (node: AnyNode, parent: AnyNode | null, fn: number, inList: boolean): void => {
    const outer = closers;
    closers = [];
    let inner = fn;
    if (isFunction(node)) {
      inner = fns.length;
      const name = functionName(node, parent);
      fns.push({
        name: name ?? anonymous(node),
        offset: node.start,
        async: node.async,
        generator: node.generator,
      });
      const getter = parent?.["kind"] === "get" || parent?.["kind"] === "set";
      if (node.async) bracket(node["body"], inner, "__A", "__Z");
      else if (name === "then" && !node.generator && !getter)
        bracket(node["body"], inner, "__B", "__E");
    }
    const owner = fns[fn]!;
    switch (node.type) {
      case "AwaitExpression": {
        const id = site(node, "await", fn);
        s.insert(node.start, `__r(${id}, `);
        s.insert(node["argument"].start, `__s(${id}, `);
        close(node["argument"].end, ")");
        close(node.end, ")");
        break;
      }
      case "YieldExpression":
        if (owner.async && owner.generator && !node["delegate"]) {
          const id = site(node, "yield", fn);
          s.insert(node.start, `__yr(${id}, `);
          if (node["argument"]) {
            s.insert(node["argument"].start, `__ys(${id}, `);
            close(node["argument"].end, ")");
          } else s.insert(node.start + "yield".length, ` __ys(${id})`);
          close(node.end, ")");
        }
        break;
      case "ForOfStatement":
        if (node["await"]) {
          const id = site(
            node,
            "for await",
            fn,
            code.slice(node["right"].start, node["right"].end),
          );
          wrapArg(node["right"], "__fa", id);
          const body = node["body"];
          if (body.type === "BlockStatement") s.insert(body.start + 1, `__fr(${id});`);
          else {
            s.insert(body.start, `{__fr(${id});`);
            close(body.end, "}");
          }
          if (parent?.type !== "LabeledStatement") forAwaitEnd(node, node, fn, inList);
        }
        break;
      case "LabeledStatement": {
        if (parent?.type === "LabeledStatement") break;
        let loop = node["body"];
        while (loop.type === "LabeledStatement") loop = loop["body"];
        if (loop.type === "ForOfStatement" && loop["await"]) forAwaitEnd(node, loop, fn, inList);
        break;
      }
      case "CatchClause":
        if (owner.async) s.insert(node["body"].start + 1, `__k(${site(node, "catch", fn)});`);
        break;
      case "TryStatement":
        if (owner.async && node["finalizer"])
          s.insert(node["finalizer"].start + 1, `__k(${site(node["finalizer"], "finally", fn)});`);
        break;
      case "CallExpression":
        onCall(node, fn);
        break;
      case "AssignmentExpression": {
        const left = node["left"];
        const prop = left.type === "MemberExpression" && !left.computed ? left.property.name : "";
        if (prop === "onmessage" || prop === "onmessageerror")
          wrapArg(node["right"], "__e", site(node, "onmessage", fn));
        break;
      }
    }
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        const list = STATEMENT_LISTS.has(node.type);
        for (const c of v) if (c && typeof c.type === "string") visit(c, node, inner, list);
      } else if (v && typeof v.type === "string") visit(v, node, inner, false);
    }
    for (const [at, text] of closers) s.insert(at, text);
    closers = outer;
  };
  // The script itself is an async body: "use strict";{ … }
  if (top) bracket(top, 0, "__A", "__Z");
  for (const stmt of ast["body"] as AnyNode[]) visit(stmt, ast, 0, true);
  for (const [at, text] of closers) s.insert(at, text);
  const { text, shifts } = s.apply();
  if (text.split("\n").length !== code.split("\n").length)
    throw new Error("the recording pass changed the number of lines");
  return { code: text, shifts, sites, fns };
}

function anonymous(node: AnyNode): string {
  const arrow = node.type === "ArrowFunctionExpression";
  if (node.async) return arrow ? "an async arrow" : "an async function";
  return arrow ? "an arrow function" : "a function";
}
