import { parseExpressionAt, type Expression } from "acorn";
import type { z } from "astro/zod";
import { describeIssues, problemLines } from "../zod-issues.ts";
import type { JsxTag } from "./jsx-tags.ts";

/** A prop whose value is only known when the page renders, e.g. `code={io}`. */
const DYNAMIC = Symbol("dynamic");

/**
 * Checks a tag's props against its schema while the lesson compiles, so a
 * mistake is reported once, with its line, instead of three times by the
 * page renderer. Props given as expressions are checked when they are plain
 * literals (`workers={2}`, `modes={["serial", "pool"]}`); others, such as an
 * imported file's text, are left to the component.
 */
export function tagPropProblems(tag: JsxTag, schema: z.ZodObject): string[] {
  const given: Record<string, unknown> = {};
  for (const attr of tag.attributes) {
    if (attr.kind === "spread") return [];
    given[attr.name] =
      attr.kind === "string" ? attr.value : attr.kind === "bare" ? true : literal(attr.value);
  }
  const known = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== DYNAMIC));
  const result = schema.partial().strict().safeParse(known, { reportInput: true });
  const problems = result.success
    ? []
    : describeIssues(result.error, { known: Object.keys(schema.shape) });
  for (const [key, field] of Object.entries(schema.shape)) {
    if (!(key in given) && !(field as z.ZodType).safeParse(undefined).success) {
      problems.push({ field: key, message: "required" });
    }
  }
  return problemLines(problems);
}

/** The value of a literal expression such as `["main.ts", "worker.ts"]`, or undefined. */
export function literalValue(source: string): unknown {
  const value = literal(source);
  return value === DYNAMIC ? undefined : value;
}

/** The value of a literal expression, or DYNAMIC for anything else. */
function literal(source: string): unknown {
  try {
    return evaluate(parseExpressionAt(source, 0, { ecmaVersion: "latest" }));
  } catch {
    return DYNAMIC;
  }
}

function evaluate(node: Expression): unknown {
  switch (node.type) {
    case "Literal":
      if ("regex" in node || typeof node.value === "bigint") throw new Error("not data");
      return node.value;
    case "TemplateLiteral":
      if (node.expressions.length) throw new Error("not a constant");
      return node.quasis.map((q) => q.value.cooked).join("");
    case "UnaryExpression":
      if (node.operator !== "-") throw new Error("not data");
      return -Number(evaluate(node.argument));
    case "ArrayExpression":
      return node.elements.map((e) => {
        if (!e || e.type === "SpreadElement") throw new Error("not data");
        return evaluate(e);
      });
    case "ObjectExpression":
      return Object.fromEntries(
        node.properties.map((p) => {
          if (p.type !== "Property" || p.computed || p.kind !== "init") throw new Error("not data");
          const key = p.key.type === "Identifier" ? p.key.name : evaluate(p.key);
          return [String(key), evaluate(p.value)];
        }),
      );
    default:
      throw new Error("not data");
  }
}
