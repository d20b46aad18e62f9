import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parsePlaygroundProps } from "../../src/components/component-props.ts";
import { buildProgram } from "../../src/components/playground-files.ts";
import { lessonFolder } from "./lesson-folder.ts";

const { here, write, file, transform, failure } = lessonFolder("looplab-files-");
// A program's files sit in a folder named by its playground's id.
write("p/main.ts", 'import { f } from "./worker.ts";\nf();\n');
write("p/worker.ts", "export function f() {}\n");

const tag = (files: string, extra = "") =>
  `<Playground id="p" title="P" files={${files}}${extra} />\n`;
const at = `${file}:5: <Playground id="p">`;

describe("files={…} in a lesson", () => {
  test("adds the files' texts as imports, in the listed order", () => {
    const { code } = transform(tag('["main.ts", "worker.ts"]'));
    expect(code).toContain(
      'files={["main.ts", "worker.ts"]} __files={[__looplabFile0, __looplabFile1]}',
    );
    expect(code).toContain('import __looplabFile0 from "./p/main.ts?raw";');
    expect(code).toContain('import __looplabFile1 from "./p/worker.ts?raw";');
  });

  test("names the lesson, the playground and the problem", () => {
    expect(failure(tag("[]"))).toEqual([`${at}: files: needs at least 1 entry`]);
    expect(failure(tag('["main.ts", "main.ts"]'))).toEqual([`${at}: files: names a file twice`]);
    expect(failure(tag('["main.js"]'))).toEqual([
      `${at}: files[0]: must be a TypeScript file (.ts), got "main.js"`,
    ]);
    expect(failure(tag('["main.ts", "gone.ts"]'))).toEqual([
      `${at}: files: "p/gone.ts" does not exist (looked for ${join(here, "p", "gone.ts")})`,
    ]);
    expect(failure(tag('["main.ts"]', ' file="main.ts"'))).toEqual([
      `${at}: give files, file or code, not two of them`,
    ]);
  });
});

describe("a multi-file playground's props", () => {
  const props = { id: "p", title: "P", files: ["main.ts", "worker.ts"] };

  test("become a program whose entry is the first file", () => {
    const config = parsePlaygroundProps({ ...props, __files: ["a  \n\n", "b"] }, "/x/");
    expect(config.program).toEqual({
      entry: "main.ts",
      files: { "main.ts": "a\n", "worker.ts": "b\n" },
    });
  });

  test("need the texts the lesson transform adds, and no file or code", () => {
    expect(() => parsePlaygroundProps(props, "/x/")).toThrow(
      '/x/: <Playground id="p">: files: work in lessons, read from beside the lesson',
    );
    expect(() => parsePlaygroundProps({ ...props, __files: ["a", "b"], code: "x" }, "/x/")).toThrow(
      "files: give files, file or code, not two of them",
    );
  });

  test("fail the build at the file, line and column that do not compile", async () => {
    const program = { entry: "main.ts", files: { "main.ts": "ok();\n", "worker.ts": "let = ;\n" } };
    const fail = (message: string) => new Error(message);
    await expect(
      buildProgram(program, { mdx: "content/lessons/x/index.mdx:12", id: "p" }, fail),
    ).rejects.toThrow(/^does not compile: content\/lessons\/x\/p\/worker\.ts:1:\d+: /);
  });
});
