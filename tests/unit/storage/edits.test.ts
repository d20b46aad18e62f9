import { describe, expect, test } from "vitest";
import { hashHex } from "../../../src/runtime/hash.ts";
import { clearEdit, editKey, loadEdit, saveEdit } from "../../../src/storage/edits.ts";
import type { KeyValueStore } from "../../../src/storage/store.ts";
import { memoryStore } from "./memory-store.ts";

const key = editKey("/lessons/04/", "io");

describe("saved edits", () => {
  test("keys are per lesson and playground", () => {
    expect(editKey("/lessons/04", "io")).toBe(key);
    expect(editKey("/lessons/05/", "io")).not.toBe(key);
  });

  test("an edit survives a reload", () => {
    const store = memoryStore();
    saveEdit(store, key, "edited", "original");
    expect(loadEdit(store, key, "original")).toMatchObject({
      kind: "edited",
      edit: { code: "edited" },
      originalChanged: false,
    });
  });

  test("an edit equal to the original is forgotten", () => {
    const store = memoryStore();
    saveEdit(store, key, "edited", "original");
    saveEdit(store, key, "original", "original");
    expect(store.data.size).toBe(0);
    expect(loadEdit(store, key, "original")).toEqual({ kind: "original" });
  });

  test("a redeploy that changed the original keeps the edit and says so", () => {
    const store = memoryStore();
    saveEdit(store, key, "edited", "old original");
    expect(loadEdit(store, key, "new original")).toMatchObject({
      kind: "edited",
      edit: { code: "edited", base: hashHex("old original") },
      originalChanged: true,
    });
  });

  test("corrupt entries and failing storage never throw", () => {
    const store = memoryStore();
    store.data.set(key, "{not json");
    expect(loadEdit(store, key, "x")).toEqual({ kind: "original" });
    const full: KeyValueStore = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    expect(saveEdit(full, key, "a", "b")).toBe(false);
    expect(loadEdit(full, key, "b")).toEqual({ kind: "original" });
    expect(() => clearEdit(full, key)).not.toThrow();
  });
});
