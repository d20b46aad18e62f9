import ts from "typescript";
import { z } from "astro/zod";

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  pattern?: string;
};

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" \\| ");
  if (s.anyOf ?? s.oneOf) return (s.anyOf ?? s.oneOf ?? []).map(typeOf).join(" \\| ");
  if (s.type === "array") return `${s.items ? typeOf(s.items) : "unknown"}[]`;
  if (s.type === "object" && s.properties) {
    return `{ ${Object.entries(s.properties)
      .map(([k, v]) => `${k}${s.required?.includes(k) ? "" : "?"}: ${typeOf(v)}`)
      .join("; ")} }`;
  }
  if (s.type === "integer") return "integer";
  return Array.isArray(s.type) ? s.type.join(" \\| ") : (s.type ?? "unknown");
}

/** A Markdown table of a zod object schema: field, type, default, description. */
export function schemaTable(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const rows = Object.entries(json.properties ?? {}).map(([name, field]) => {
    const required = json.required?.includes(name) && field.default === undefined;
    const def =
      field.default === undefined
        ? required
          ? "required"
          : "—"
        : `\`${JSON.stringify(field.default)}\``;
    return `| \`${name}\` | \`${typeOf(field)}\` | ${def} | ${field.description ?? ""} |`;
  });
  return ["| field | type | default | description |", "| --- | --- | --- | --- |", ...rows].join(
    "\n",
  );
}

/** Markdown for every exported declaration of a `.d.ts`, with its doc comment. */
export function dtsReference(source: string, fileName = "lab.d.ts"): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const printer = ts.createPrinter({ removeComments: true });
  const parts: string[] = [];
  for (const statement of file.statements) {
    const name = (statement as ts.DeclarationStatement).name?.getText(file);
    if (!name) continue;
    const docs = ts
      .getJSDocCommentsAndTags(statement)
      .filter(ts.isJSDoc)
      .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "")
      .join("\n")
      .replace(/\{@link (\w+)\}/g, "`$1`");
    const signature = printer
      .printNode(ts.EmitHint.Unspecified, statement, file)
      .replace(/^export (declare )?/, "");
    parts.push(`### \`${name}\`\n\n${docs}\n\n\`\`\`ts\n${signature}\n\`\`\``);
  }
  return parts.join("\n\n");
}
