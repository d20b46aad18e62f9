import { describe, expect, test } from "vitest";
import { hashHex } from "../../../src/runtime/hash.ts";
import { editKey, loadEdit } from "../../../src/storage/edits.ts";
import { LEGACY_PROGRESS_KEY, schemaKey } from "../../../src/storage/keys.ts";
import { migrate, movedTo, type Move } from "../../../src/storage/migrate.ts";
import { passedExercises } from "../../../src/storage/progress.ts";
import { memoryStore } from "./memory-store.ts";

const v1 = (path: string, id: string) => `looplab:edit:v1:${path}#${id}`;
const saved = (code: string) => JSON.stringify({ code, base: "1a2b3c", savedAt: 5 });

describe("storage migrations", () => {
  test("v1 edits become v2 edits, kept, and take today's original as their base", () => {
    const store = memoryStore({ [v1("/lessons/03-workers/", "spawn")]: saved("my code") });
    expect(migrate(store, []).changed).toBe(1);
    const key = editKey("/lessons/03-workers/", "spawn");
    expect([...store.data.keys()].sort()).toEqual([key, schemaKey("/")].sort());
    const state = loadEdit(store, key, "original");
    expect(state).toMatchObject({ kind: "edited", edit: { code: "my code", savedAt: 5 } });
    expect(state).toMatchObject({ originalChanged: false });
    expect(JSON.parse(store.getItem(key)!)).toMatchObject({ base: hashHex("original") });
  });

  test("a split lesson takes its playgrounds' edits and passed exercises along", () => {
    const moves: Move[] = [
      { lesson: "03-workers", playground: "mutex", to: { lesson: "shared-memory" } },
      { lesson: "03-workers", playground: "histogram", to: { lesson: "shared-memory" } },
    ];
    const store = memoryStore({
      [v1("/course/lessons/03-workers/", "mutex")]: saved("mutex edit"),
      [v1("/course/lessons/03-workers/", "spawn")]: saved("spawn edit"),
      [LEGACY_PROGRESS_KEY]: JSON.stringify(["03-workers#histogram", "03-workers#closure"]),
    });
    migrate(store, moves, { scope: "/course/", lessons: ["03-workers", "shared-memory"] });
    const moved = loadEdit(store, editKey("/course/lessons/shared-memory/", "mutex"), "x");
    expect(moved).toMatchObject({ kind: "edited", edit: { code: "mutex edit" } });
    const stayed = loadEdit(store, editKey("/course/lessons/03-workers/", "spawn"), "x");
    expect(stayed).toMatchObject({ kind: "edited", edit: { code: "spawn edit" } });
    expect(store.getItem(editKey("/course/lessons/03-workers/", "mutex"))).toBeNull();
    expect([...passedExercises(store, "/course/")]).toEqual([
      "03-workers#closure",
      "shared-memory#histogram",
    ]);
  });

  test("renames compose in order, run once, and never overwrite newer work", () => {
    const moves: Move[] = [
      { lesson: "a", to: "b" },
      { lesson: "b", playground: "p", to: { playground: "q" } },
    ];
    expect(movedTo(moves, "a", "p")).toEqual({ lesson: "b", playground: "q" });
    expect(movedTo(moves, "a", "r")).toEqual({ lesson: "b", playground: "r" });
    const store = memoryStore({
      [editKey("/lessons/a/", "p")]: saved("old"),
      [editKey("/lessons/b/", "q")]: saved("newer"),
      [editKey("/lessons/a/", "r")]: saved("r edit"),
    });
    migrate(store, moves);
    expect(JSON.parse(store.getItem(editKey("/lessons/b/", "q"))!)).toMatchObject({
      code: "newer",
    });
    // The old edit is not lost: it stays where it was rather than overwrite the newer one.
    expect(store.getItem(editKey("/lessons/a/", "p"))).not.toBeNull();
    expect(store.getItem(editKey("/lessons/b/", "r"))).not.toBeNull();
    expect(migrate(store, moves).changed).toBe(0);
  });

  test("a store that throws is left alone", () => {
    const broken = memoryStore();
    broken.getItem = () => {
      throw new Error("denied");
    };
    expect(migrate(broken, [{ lesson: "a", to: "b" }])).toEqual({ changed: 0 });
  });

  test("two courses on one domain each claim their own passed exercises, and only theirs", () => {
    const store = memoryStore({
      [LEGACY_PROGRESS_KEY]: JSON.stringify(["a1#x", "b1#y", "a2#z"]),
    });
    migrate(store, [], { scope: "/a/", lessons: ["a1", "a2"] });
    expect([...passedExercises(store, "/a/")]).toEqual(["a1#x", "a2#z"]);
    expect(JSON.parse(store.getItem(LEGACY_PROGRESS_KEY)!)).toEqual(["b1#y"]);
    migrate(store, [], { scope: "/b/", lessons: ["b1"] });
    expect([...passedExercises(store, "/b/")]).toEqual(["b1#y"]);
    expect(store.getItem(LEGACY_PROGRESS_KEY)).toBeNull();
    // A move in one course leaves the other course's pages alone.
    store.setItem(
      editKey("/b/lessons/a1/", "p"),
      JSON.stringify({ code: "b", base: null, savedAt: 1 }),
    );
    migrate(store, [{ lesson: "a1", to: "a3" }], { scope: "/a/", lessons: ["a1"] });
    expect(store.getItem(editKey("/b/lessons/a1/", "p"))).not.toBeNull();
  });
});
