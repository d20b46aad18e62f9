/* eslint-disable @typescript-eslint/no-explicit-any --
   acorn's ESTree nodes are walked generically by field name; the node's `type` tag says which fields exist. */
import type { Node } from "acorn";
import { ancestor } from "acorn-walk";
import {
  ENTRY_CHECK,
  EXPRESSION_CLOSE,
  EXPRESSION_OPEN,
  loopCheck,
  loopClose,
  loopOpen,
} from "./guard-text.ts";
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

/** One insertion, and what decides its place among others at the same position. */
interface Insert {
  at: number;
  text: string;
  /** Nesting depth of the node it belongs to. */
  depth: number;
  /** Closing text (after a node): at one position, closers go first, inner before outer. */
  closing: boolean;
}

/**
 * Makes code stoppable: a stop check at the top of every loop body (leaving the loop by a
 * labelled break, then throwing after it: see guard-text.ts), and at the entry of every
 * function that may call itself, directly or through others, which covers runaway recursion.
 * Nothing else: code without loops or recursion cannot run away, and stays as written.
 * `lineOf` gives an offset's line in the code being edited, for the error's location.
 */
export function insertGuards(ast: AnyNode, s: Splice, lineOf: (offset: number) => number): void {
  const inserts: Insert[] = [];
  const add = (at: number, text: string, depth: number, closing = false) =>
    inserts.push({ at, text, depth, closing });
  let loops = 0;
  const visitors: Record<string, (n: AnyNode, st: unknown, anc: AnyNode[]) => void> = {};
  for (const type of LOOPS) {
    visitors[type] = (loop, _st, ancestors) => {
      const k = ++loops;
      const depth = ancestors.length;
      // Labels stay on the loop (so `continue label` still works): wrap the labelled statement.
      let outer = loop;
      for (let i = ancestors.length - 2; ancestors[i]?.type === "LabeledStatement"; i--)
        outer = ancestors[i]!;
      add(outer.start, loopOpen(k), depth);
      add(outer.end, loopClose(k, lineOf(loop.start)), depth, true);
      // The body's own braces sit between this loop and anything nested in its body.
      const body = loop["body"] as AnyNode;
      if (body.type === "BlockStatement") add(body.start + 1, loopCheck(k), depth + 0.5);
      else {
        add(body.start, `{${loopCheck(k)}`, depth + 0.5);
        add(body.end, "}", depth + 0.5, true);
      }
    };
  }
  ancestor(ast, visitors as never);
  for (const fn of recursiveFunctions(ast)) {
    const body = fn["body"] as AnyNode;
    if (body.type === "BlockStatement") add(body.start + 1, ENTRY_CHECK, 0);
    else {
      add(body.start, EXPRESSION_OPEN, 0);
      add(body.end, EXPRESSION_CLOSE, 0, true);
    }
  }
  // Where insertions meet: closers first, inner before outer; then openers, outer first.
  inserts.sort(
    (a, b) =>
      a.at - b.at ||
      Number(b.closing) - Number(a.closing) ||
      (a.closing ? b.depth - a.depth : a.depth - b.depth),
  );
  for (const { at, text } of inserts) s.insert(at, text);
}
