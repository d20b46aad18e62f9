import { describe, expect, it } from "vitest";
import { flattenMessage, positionAt, typeErrors } from "../../../src/editor/type-diagnostics.ts";

describe("type diagnostics", () => {
  const code = 'const a = 1;\nconst count: number = "three";\n';

  it("turns offsets into 1-based lines and columns", () => {
    expect(positionAt(code, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(code, code.indexOf("count"))).toEqual({ line: 2, column: 7 });
    expect(positionAt(code, 10_000)).toEqual({ line: 3, column: 1 });
  });

  it("flattens a message chain as tsc prints it", () => {
    expect(
      flattenMessage({
        messageText: "Argument of type 'string' is not assignable.",
        next: [{ messageText: "Type 'string' is not assignable to type 'number'." }],
      }),
    ).toBe(
      "Argument of type 'string' is not assignable.\n  Type 'string' is not assignable to type 'number'.",
    );
  });

  it("keeps errors only, sorted, with their code", () => {
    const found = typeErrors(code, [
      {
        start: code.indexOf("count"),
        length: 5,
        category: 1,
        code: 2322,
        messageText: "Type 'string' is not assignable to type 'number'.",
      },
      {
        start: 6,
        length: 1,
        category: 2,
        code: 6133,
        messageText: "'a' is declared but never read.",
      },
      { start: 6, length: 1, category: 1, code: 9999, messageText: "first" },
    ]);
    expect(found).toEqual([
      { line: 1, column: 7, message: "first (TS9999)" },
      { line: 2, column: 7, message: "Type 'string' is not assignable to type 'number'. (TS2322)" },
    ]);
  });
});
