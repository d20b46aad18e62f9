import { describe, expect, test } from "vitest";
import { editKey, loadEdit, saveEdit } from "../../../src/storage/edits.ts";
import { exportWork, importWork } from "../../../src/storage/export.ts";
import { markPassed, passedExercises } from "../../../src/storage/progress.ts";
import { memoryStore } from "./memory-store.ts";

describe("exporting and importing a learner's work", () => {
  test("a file carries this course's passed exercises and edits, and nothing of another course", () => {
    const store = memoryStore();
    markPassed(store, "/course/", "04", "overlap");
    markPassed(store, "/other/", "01", "x");
    saveEdit(store, editKey("/course/lessons/04/", "io"), "my code", "original");
    saveEdit(store, editKey("/other/lessons/01/", "io"), "theirs", "original");
    const file = exportWork(store, "/course/", new Date("2026-12-01T00:00:00Z"));
    expect(file).toMatchObject({
      format: "looplab-work",
      scope: "/course/",
      passed: ["04#overlap"],
      exportedAt: "2026-12-01T00:00:00.000Z",
    });
    expect(Object.keys(file.edits)).toEqual(["/course/lessons/04/#io"]);

    const fresh = memoryStore();
    expect(importWork(fresh, "/course/", JSON.parse(JSON.stringify(file)))).toEqual({
      passed: 1,
      edits: 1,
      kept: 0,
    });
    expect([...passedExercises(fresh, "/course/")]).toEqual(["04#overlap"]);
    expect(loadEdit(fresh, editKey("/course/lessons/04/", "io"), "original")).toMatchObject({
      kind: "edited",
      edit: { code: "my code" },
    });
  });

  test("an import keeps newer edits and refuses another course's file or a stranger's", () => {
    const store = memoryStore();
    saveEdit(store, editKey("/c/lessons/1/", "p"), "old", "original");
    const file = exportWork(store, "/c/");
    const newer = memoryStore();
    saveEdit(newer, editKey("/c/lessons/1/", "p"), "newer", "original");
    const stored = JSON.parse(newer.getItem(editKey("/c/lessons/1/", "p"))!) as { savedAt: number };
    newer.setItem(
      editKey("/c/lessons/1/", "p"),
      JSON.stringify({ ...stored, savedAt: Date.now() + 1000 }),
    );
    expect(importWork(newer, "/c/", file)).toMatchObject({ edits: 0, kept: 1 });
    expect(() => importWork(store, "/elsewhere/", file)).toThrow(/course at \/c\//);
    expect(() => importWork(store, "/c/", { hello: 1 })).toThrow(/not saved work/);
  });
});
