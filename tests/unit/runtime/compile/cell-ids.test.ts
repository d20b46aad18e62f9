import { describe, expect, it } from "vitest";
import { cellIds } from "../../../../src/runtime/compile/cell-ids.ts";

describe("cellIds", () => {
  it("finds every form of import of a cell, once each, in order", () => {
    const source = [
      'import { fib } from "#fib-demo";',
      "import type { Row } from '#table';",
      'export { sites } from "#sites";',
      'import "#setup";',
      'const lazy = await import("#fib-demo");',
      'import { map } from "lab";',
      'import { x } from "./shared.ts";',
    ].join("\n");
    expect(cellIds(source)).toEqual(["fib-demo", "table", "sites", "setup"]);
  });

  it("ignores imports shown in comments", () => {
    const source =
      '// Use it: import { fib } from "#fib";\n/* or\nimport "#other" */\nimport "#real";';
    expect(cellIds(source)).toEqual(["real"]);
  });

  it("ignores names that are not playground ids", () => {
    expect(cellIds('import x from "#Bad_Id";\nconst s = "#fib";')).toEqual([]);
  });
});
