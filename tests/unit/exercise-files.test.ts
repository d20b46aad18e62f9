import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseExerciseProps } from "../../src/components/component-props.ts";
import { solutionParts } from "../../src/components/exercise-files.ts";
import { lessonFolder } from "./lesson-folder.ts";

const { here, write, file, transform, failure } = lessonFolder("looplab-exercise-files-");
// Starter files in <id>/, the model solution's in <id>/solution/ (only the files that differ).
write("ex/main.ts", 'import { f } from "./worker.ts";\nexport const x = f();\n');
write("ex/worker.ts", "export const f = () => 0;\n");
write("ex/solution/worker.ts", "export const f = () => 1;\n");
write("ex.check.ts", "");
write("bare/main.ts", "export {};\n");
write("stray/main.ts", "export {};\n");
write("stray/solution/mian.ts", "export {};\n");
write("empty/main.ts", "export {};\n");
mkdirSync(join(here, "empty", "solution"));

const tag = (id: string, files: string, extra = "") =>
  `<Exercise id="${id}" title="E" files={${files}} check="ex.check.ts"${extra} />\n`;
const at = (id: string) => `${file}:5: <Exercise id="${id}">`;

describe("<Exercise files={…}> in a lesson", () => {
  test("adds the starter's texts, and the solution's with null where a file is the starter's", () => {
    const { code } = transform(tag("ex", '["main.ts", "worker.ts"]'));
    expect(code).toContain(
      'files={["main.ts", "worker.ts"]} __files={[__looplabFile0, __looplabFile1]} __solutionFiles={[null, __looplabFile2]}',
    );
    expect(code).toContain('import __looplabFile0 from "./ex/main.ts?raw";');
    expect(code).toContain('import __looplabFile2 from "./ex/solution/worker.ts?raw";');
  });

  test("names the lesson, the exercise and the problem", () => {
    expect(failure(tag("ex", '["main.ts", "gone.ts"]'))).toEqual([
      `${at("ex")}: files: "ex/gone.ts" does not exist (looked for ${join(here, "ex", "gone.ts")})`,
    ]);
    expect(failure(tag("bare", '["main.ts"]'))).toEqual([
      `${at("bare")}: files: no folder for the model solution (looked for ${join(here, "bare", "solution")}/)`,
    ]);
    expect(failure(tag("stray", '["main.ts"]'))).toEqual([
      `${at("stray")}: files: "stray/solution/mian.ts" is not one of the files listed`,
    ]);
    expect(failure(tag("empty", '["main.ts"]'))).toEqual([
      `${at("empty")}: files: ${join(here, "empty", "solution")}/ is empty: put the model solution's files there`,
    ]);
    expect(failure(tag("ex", '["main.ts", "main.ts"]'))).toEqual([
      `${at("ex")}: files: names a file twice`,
    ]);
  });

  test("takes files, or starter and solution, not both and not neither", () => {
    expect(failure(tag("ex", '["main.ts"]', " starter={s} solution={s}"))).toEqual([
      `${at("ex")}: give files, or starter and solution, not both`,
    ]);
    expect(failure('<Exercise id="ex" title="E" starter={s} check="ex.check.ts" />\n')).toEqual([
      `${at("ex")}: give the exercise as starter={…} and solution={…}, or files={["main.ts", …]}`,
    ]);
  });
});

describe("a multi-file exercise's props", () => {
  const props = { id: "ex", title: "E", check: "ex.check.ts", files: ["main.ts", "worker.ts"] };

  test("become the starter's program and the solution's, a missing file the starter's", () => {
    const config = parseExerciseProps(
      { ...props, __files: ["m  \n", "w0"], __solutionFiles: [null, "w1"] },
      "/x/",
    );
    expect(config.program).toEqual({
      entry: "main.ts",
      files: { "main.ts": "m\n", "worker.ts": "w0\n" },
    });
    expect(config.solutionProgram).toEqual({
      entry: "main.ts",
      files: { "main.ts": "m\n", "worker.ts": "w1\n" },
    });
  });

  test("need the texts the lesson transform adds, and no starter or solution", () => {
    expect(() => parseExerciseProps(props, "/x/")).toThrow(
      '/x/: <Exercise id="ex">: files: work in lessons, read from beside the lesson',
    );
    expect(() =>
      parseExerciseProps(
        { ...props, __files: ["a", "b"], __solutionFiles: [null, "c"], starter: "s" },
        "/x/",
      ),
    ).toThrow("files: give files, or starter and solution, not both");
    expect(() =>
      parseExerciseProps({ id: "ex", title: "E", check: "ex.check.ts", starter: "s" }, "/x/"),
    ).toThrow("solution: required (or give the exercise as files={[…]})");
  });

  test("fail the build at the solution's file, line and column that do not compile", async () => {
    const starter = { "main.ts": "ok();\n", "worker.ts": "ok();\n" };
    const solution = { entry: "main.ts", files: { ...starter, "worker.ts": "let = ;\n" } };
    const fail = (message: string) => new Error(message);
    const where = { mdx: "content/lessons/x/index.mdx:12", id: "ex" };
    await expect(solutionParts(solution, starter, where, fail)).rejects.toThrow(
      /^solution does not compile: content\/lessons\/x\/ex\/solution\/worker\.ts:1:\d+: /,
    );
    const shown = await solutionParts({ entry: "main.ts", files: starter }, starter, where, fail);
    expect(shown.map((f) => [f.name, f.same])).toEqual([
      ["main.ts", true],
      ["worker.ts", true],
    ]);
  });
});
