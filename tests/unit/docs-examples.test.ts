import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { exercisePropsSchema } from "../../src/components/exercise-schema.ts";
import { playgroundPropsSchema } from "../../src/components/playground-schema.ts";
import { findTags } from "../../src/lib/mdx/jsx-tags.ts";
import { tagPropProblems } from "../../src/lib/mdx/tag-props.ts";

// The examples authors copy must be right: every TypeScript block in CONTRIBUTING.md
// and every hand-written example in the reference type-checks under the lesson rules
// (content/tsconfig.json), and every MDX block uses components with valid props.
const DOCS = ["CONTRIBUTING.md", "docs/authoring-reference.md"];

interface Block {
  doc: string;
  line: number;
  lang: string;
  code: string;
}

function blocks(doc: string): Block[] {
  const text = readFileSync(doc, "utf8");
  return [...text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({
    doc,
    line: text.slice(0, m.index).split("\n").length,
    lang: m[1] ?? "",
    code: m[2] ?? "",
  }));
}

const all = DOCS.flatMap(blocks);
// The reference also prints declarations (`interface CheckKit { … }`) that are not programs.
const programs = all.filter(
  (b) => b.lang === "ts" && (b.doc === "CONTRIBUTING.md" || /^(import|export) /m.test(b.code)),
);

/** Type-checks blocks as files in content/ (course-level files) or in a lesson folder. */
function typeErrors(examples: readonly Block[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve("content/tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error("content/tsconfig.json does not parse");
  const files = new Map(
    examples.map((b, i) => {
      // Course-level files (the course file, content/moves.ts) sit in content/.
      const courseLevel = /define-course|storage\/migrate/.test(b.code);
      const folder = courseLevel ? "content" : "content/lessons/example";
      return [resolve(folder, `${b.doc.replace(/\W/g, "-")}-${b.line}-${i}.ts`), b] as const;
    }),
  );
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => files.get(resolve(name))?.code ?? read(name);
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(resolve(name)) || exists(name);
  const program = ts.createProgram({
    rootNames: [...files.keys(), resolve("src/env.d.ts")],
    options: { ...config.options, noEmit: true },
    host,
  });
  return ts.getPreEmitDiagnostics(program).flatMap((d) => {
    const block = d.file && files.get(resolve(d.file.fileName));
    if (!block || !d.file || d.start === undefined) return [];
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    return [`${block.doc}:${block.line + 1 + line}: ${text}`];
  });
}

describe("documented examples", () => {
  test("there are examples to check", () => {
    expect(programs.length).toBeGreaterThanOrEqual(4);
    expect(all.filter((b) => b.lang === "mdx").length).toBeGreaterThanOrEqual(2);
  });

  test("every TypeScript example type-checks under the lesson rules", () => {
    expect(typeErrors(programs)).toEqual([]);
  }, 60_000);

  test("the type check would catch a wrong example", () => {
    const wrong = {
      doc: "wrong",
      line: 1,
      lang: "ts",
      code: 'import { map } from "lab";\nmap(1);\n',
    };
    expect(typeErrors([wrong]).length).toBeGreaterThan(0);
  }, 60_000);

  test("every MDX example gives its components valid props", () => {
    const schemas = { Playground: playgroundPropsSchema, Exercise: exercisePropsSchema };
    for (const block of all.filter((b) => b.lang === "mdx")) {
      for (const tag of findTags(block.code, Object.keys(schemas))) {
        const schema = schemas[tag.name as keyof typeof schemas];
        expect(tagPropProblems(tag, schema), `${block.doc}:${block.line + tag.line}`).toEqual([]);
      }
    }
  });
});
