/* eslint-disable @typescript-eslint/no-explicit-any --
   acorn's ESTree nodes are walked generically by field name; the node's `type` tag says which fields exist. */
import type { Node } from "acorn";
import { ancestor } from "acorn-walk";
import type { Splice } from "./splice.ts";
import {
  ENTRY_GUARD,
  EXPRESSION_GUARD_CLOSE,
  EXPRESSION_GUARD_OPEN,
  LOOP_COUNTER,
  LOOP_GUARD,
} from "./guard-text.ts";

type AnyNode = Node & Record<string, any>;

const LOOPS = [
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "WhileStatement",
  "DoWhileStatement",
];
const CALLS = ["CallExpression", "NewExpression", "TaggedTemplateExpression"];

/**
 * Instruments code for the main-thread time budget. Loop bodies bump a function-local
 * counter and consult the clock every few thousand iterations. Function entries call
 * `__guard()`, but only in functions that call something: a function without calls can run
 * away only in a loop, which is already guarded, and leaf helpers stay at full speed.
 */
export function insertGuards(ast: AnyNode, s: Splice, programStart: number): void {
  const owners = new Set<AnyNode>();
  const callers = new Set<AnyNode>();
  const nearestFunction = (ancestors: AnyNode[]) => {
    for (let i = ancestors.length - 2; i >= 0; i--) {
      if (/Function/.test(ancestors[i]!.type)) return ancestors[i]!;
    }
    return ast;
  };
  const visitors: Record<string, (n: AnyNode, st: unknown, anc: AnyNode[]) => void> = {};
  for (const type of LOOPS) {
    visitors[type] = (n, _st, anc) => {
      owners.add(nearestFunction(anc));
      const body = n["body"] as AnyNode;
      if (body.type === "BlockStatement") s.insert(body.start + 1, LOOP_GUARD);
      else {
        s.insert(body.start, `{${LOOP_GUARD}`);
        s.insert(body.end, "}");
      }
    };
  }
  for (const type of CALLS)
    visitors[type] = (_n, _st, anc) => void callers.add(nearestFunction(anc));
  ancestor(ast, visitors as never);

  if (owners.has(ast)) s.insert(programStart, LOOP_COUNTER);
  for (const fn of new Set([...owners, ...callers])) {
    if (fn === ast) continue;
    const body = fn["body"] as AnyNode;
    const entry = (callers.has(fn) ? ENTRY_GUARD : "") + (owners.has(fn) ? LOOP_COUNTER : "");
    if (body.type === "BlockStatement") s.insert(body.start + 1, entry);
    else {
      s.insert(body.start, EXPRESSION_GUARD_OPEN);
      s.insert(body.end, EXPRESSION_GUARD_CLOSE);
    }
  }
}
