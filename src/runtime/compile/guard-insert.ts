/* eslint-disable @typescript-eslint/no-explicit-any --
   acorn's ESTree nodes are walked generically by field name; the node's `type` tag says which fields exist. */
import type { Node } from "acorn";
import { simple } from "acorn-walk";
import { EXPRESSION_CLOSE, EXPRESSION_OPEN, STOP_CHECK } from "./guard-text.ts";
import { recursiveFunctions } from "./recursion.ts";
import type { Splice } from "./splice.ts";

type AnyNode = Node & Record<string, any>;

const LOOPS = [
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "WhileStatement",
  "DoWhileStatement",
];

/**
 * Makes code stoppable: a stop check at the top of every loop body, and at the entry of
 * every function that may call itself (directly or through others), which covers runaway
 * recursion. Nothing else: code without loops or recursion cannot run away, and stays as
 * written.
 */
export function insertGuards(ast: AnyNode, s: Splice): void {
  const atLoop = (n: AnyNode) => {
    const body = n["body"] as AnyNode;
    if (body.type === "BlockStatement") s.insert(body.start + 1, STOP_CHECK);
    else {
      s.insert(body.start, `{${STOP_CHECK}`);
      s.insert(body.end, "}");
    }
  };
  simple(ast, Object.fromEntries(LOOPS.map((t) => [t, atLoop])) as never);
  for (const fn of recursiveFunctions(ast)) {
    const body = fn["body"] as AnyNode;
    if (body.type === "BlockStatement") s.insert(body.start + 1, STOP_CHECK);
    else {
      s.insert(body.start, EXPRESSION_OPEN);
      s.insert(body.end, EXPRESSION_CLOSE);
    }
  }
}
