import { expect, test } from "vitest";
import { workersFrom } from "../../../src/islands/playground/workers-input.ts";

test("a number the pool accepts is used as it is, with no note", () => {
  expect(workersFrom("3", 2)).toEqual({ workers: 3 });
});

test("a number past twice the cores is capped, and the note says so", () => {
  const { workers, note } = workersFrom("16", 2);
  expect(workers).toBe(4);
  expect(note).toBe("Workers: 16 asked, 4 used (1 to 4: twice this machine's 2 cores)");
});

test("nothing, zero or text falls back with a note", () => {
  const none = workersFrom("", 2);
  expect(none.workers).toBe(1);
  expect(none.note).toContain("none asked");
  expect(workersFrom("0", 2).workers).toBe(1);
  expect(workersFrom("many", 2)).toMatchObject({ workers: 2 });
});
