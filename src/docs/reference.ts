import ts from "typescript";
import { z } from "astro/zod";

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
};

/** A type as TypeScript would write it; `|` escaped for Markdown tables. */
function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.anyOf ?? s.oneOf) return (s.anyOf ?? s.oneOf ?? []).map(typeOf).join(" | ");
  if (s.type === "array") {
    const item = s.items ? typeOf(s.items) : "unknown";
    return item.includes(" | ") ? `(${item})[]` : `${item}[]`;
  }
  if (s.type === "object" && s.properties) {
    return `{ ${Object.entries(s.properties)
      .map(([k, v]) => `${k}${s.required?.includes(k) ? "" : "?"}: ${typeOf(v)}`)
      .join("; ")} }`;
  }
  if (s.type === "integer") return "integer";
  return Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "unknown");
}

/** The constraints zod checks, in words: `1–64`, `not empty`, a pattern. */
function rulesOf(s: JsonSchema): string[] {
  const rules: string[] = [];
  if (s.minLength === 1) rules.push("not empty");
  else if (s.minLength !== undefined) rules.push(`at least ${s.minLength} characters`);
  if (s.pattern) rules.push(`matches \`${s.pattern}\``);
  // zod gives integers the safe-integer range; only bounds an author chose are rules.
  const bound = (n: number | undefined) =>
    n !== undefined && Math.abs(n) !== Number.MAX_SAFE_INTEGER ? n : undefined;
  const [min, above, max] = [bound(s.minimum), bound(s.exclusiveMinimum), bound(s.maximum)];
  if (min !== undefined && max !== undefined) rules.push(`${min}–${max}`);
  else if (min !== undefined) rules.push(`≥ ${min}`);
  else if (above !== undefined) rules.push(`> ${above}`);
  if (max !== undefined && min === undefined) rules.push(`≤ ${max}`);
  if (s.minItems) rules.push(`at least ${s.minItems} ${s.minItems === 1 ? "entry" : "entries"}`);
  const item = s.type === "array" && s.items ? rulesOf(s.items) : [];
  if (item.length && !s.items?.properties) rules.push(`each: ${item.join(", ")}`);
  return rules;
}

/**
 * A Markdown table of a zod object schema: field, type, default, the rules it
 * checks, and the field's doc comment from the source (or its description).
 */
export function schemaTable(schema: z.ZodType, comments: Record<string, string> = {}): string {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n+/g, " ");
  const rows = Object.entries(json.properties ?? {}).map(([name, field]) => {
    const required = json.required?.includes(name) && field.default === undefined;
    const def =
      field.default === undefined
        ? required
          ? "required"
          : "—"
        : `\`${JSON.stringify(field.default)}\``;
    const description = comments[name] ?? field.description ?? "";
    const rules = rulesOf(field).join("; ");
    return `| \`${name}\` | \`${cell(typeOf(field))}\` | ${def} | ${cell(rules)} | ${cell(description)} |`;
  });
  return [
    "| field | type | default | rules | description |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/**
 * The doc comment of each property of the object literal given to
 * `z.object({…})` in the declaration of `name`: the full text authors read in
 * their editor, not the short `.describe()` string.
 */
export function fieldComments(source: string, name: string): Record<string, string> {
  const file = ts.createSourceFile("schema.ts", source, ts.ScriptTarget.Latest, true);
  const comments: Record<string, string> = {};
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const prop of node.properties) {
        const key = prop.name && ts.isIdentifier(prop.name) ? prop.name.text : undefined;
        const text = docText(prop);
        if (key && text && !(key in comments)) comments[key] = text;
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (ts.isIdentifier(decl.name) && decl.name.text === name && decl.initializer) {
        visit(decl.initializer);
      }
    }
  }
  return comments;
}

/**
 * Markdown for exported declarations of a TypeScript file, each with its doc
 * comment as prose and its declaration as code: interfaces and types keep
 * their members' comments, functions show their signature only.
 */
export function declarationsReference(
  source: string,
  { fileName = "module.ts", only }: { fileName?: string; only?: readonly string[] } = {},
): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const parts: string[] = [];
  for (const statement of file.statements) {
    const name = (statement as ts.DeclarationStatement).name?.getText(file);
    if (!name || (only && !only.includes(name))) continue;
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!exported) continue;
    const docs = docText(statement).replace(/\{@link (\w+)\}/g, "`$1`");
    const code =
      ts.isFunctionDeclaration(statement) && statement.body
        ? `${statement
            .getText(file)
            .slice(0, statement.body.getStart(file) - statement.getStart(file))
            .trim()};`
        : statement.getText(file);
    const prose = docs ? `${docs}\n\n` : "";
    parts.push(
      `### \`${name}\`\n\n${prose}\`\`\`ts\n${code.replace(/^export (declare )?/, "")}\n\`\`\``,
    );
  }
  return parts.join("\n\n");
}

function docText(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "")
    .join("\n")
    .trim();
}
