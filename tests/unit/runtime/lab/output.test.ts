import { describe, expect, it } from "vitest";
import { OutputBuffer } from "../../../../src/runtime/lab/output.ts";
import type { LogLine } from "../../../../src/runtime/types.ts";

const line = (i: number): LogLine => ({ t: i, thread: "main", level: "log", text: String(i) });

function buffer(head = 5, tail = 3) {
  const batches: LogLine[][] = [];
  const flushes: (() => void)[] = [];
  const out = new OutputBuffer(
    (l) => batches.push(l),
    { head, tail },
    (f) => flushes.push(f),
  );
  return { out, batches, flushes };
}

describe("OutputBuffer", () => {
  it("batches lines until the scheduled flush", () => {
    const { out, batches, flushes } = buffer();
    out.push(line(1));
    out.push(line(2));
    expect(batches).toEqual([]);
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    expect(batches).toEqual([[line(1), line(2)]]);
  });

  it("keeps the first and last lines and says how many were omitted", () => {
    const { out, batches } = buffer(5, 3);
    for (let i = 1; i <= 1_000_000; i++) out.push(line(i));
    out.close(99);
    const texts = batches.flat().map((l) => l.text);
    expect(texts).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "… 999992 lines omitted",
      "999998",
      "999999",
      "1000000",
    ]);
    expect(batches.flat()[5]).toMatchObject({ level: "system", t: 99 });
  });

  it("adds no marker when nothing was dropped and ignores lines after close", () => {
    const { out, batches } = buffer(2, 3);
    for (let i = 1; i <= 4; i++) out.push(line(i));
    out.close(5);
    out.push(line(6));
    out.flush();
    expect(batches.flat().map((l) => l.text)).toEqual(["1", "2", "3", "4"]);
  });
});
