import { compressToEncodedURIComponent } from "lz-string";
import { describe, expect, test } from "vitest";
import {
  clearFiles,
  loadFiles,
  saveFiles,
} from "../../../src/islands/playground/files/files-storage.ts";
import { tabAfterKey } from "../../../src/islands/playground/files/tab-keys.ts";
import { sharedFilesFor, shareFilesUrl } from "../../../src/islands/playground/share.ts";
import { editKey } from "../../../src/storage/keys.ts";
import { memoryStore } from "../storage/memory-store.ts";

const key = (k: string, ctrlKey = false) => ({ key: k, ctrlKey, metaKey: false, altKey: false });

describe("keys between a program's file tabs", () => {
  test("arrows wrap, Home and End go to the ends, on a tab only", () => {
    expect(tabAfterKey(key("ArrowRight"), 2, 3, true)).toBe(0);
    expect(tabAfterKey(key("ArrowLeft"), 0, 3, true)).toBe(2);
    expect(tabAfterKey(key("Home"), 2, 3, true)).toBe(0);
    expect(tabAfterKey(key("End"), 0, 3, true)).toBe(2);
    expect(tabAfterKey(key("ArrowRight"), 0, 3, false)).toBeUndefined();
    expect(tabAfterKey(key("Enter"), 0, 3, true)).toBeUndefined();
  });

  test("Ctrl+PageDown and Ctrl+PageUp work from the editor too", () => {
    expect(tabAfterKey(key("PageDown", true), 2, 3, false)).toBe(0);
    expect(tabAfterKey(key("PageUp", true), 0, 3, false)).toBe(2);
    expect(tabAfterKey(key("PageDown"), 0, 3, true)).toBeUndefined();
    expect(tabAfterKey(key("ArrowRight", true), 0, 3, true)).toBeUndefined();
  });
});

describe("share links of a program", () => {
  const files = { "main.ts": 'import { f } from "./worker.ts";\n', "worker.ts": "// ünïcode ✓\n" };

  test("carry every file as the documented JSON, and round-trip", () => {
    const url = shareFilesUrl("https://example.org/lessons/03/#old", "spawn", files);
    const payload = compressToEncodedURIComponent(JSON.stringify({ files }));
    expect(url).toBe(`https://example.org/lessons/03/#spawn:${payload}`);
    expect(sharedFilesFor(new URL(url).hash, "spawn", ["main.ts", "worker.ts"])).toEqual(files);
  });

  test("keep only the playground's own files, and ignore damaged links", () => {
    const hash = (value: unknown) =>
      `#spawn:${compressToEncodedURIComponent(JSON.stringify(value))}`;
    expect(sharedFilesFor(hash({ files }), "spawn", ["main.ts"])).toEqual({
      "main.ts": files["main.ts"],
    });
    expect(sharedFilesFor(hash({ files: { "x.ts": "" } }), "spawn", ["main.ts"])).toBeUndefined();
    expect(sharedFilesFor(hash({ code: "x" }), "spawn", ["main.ts"])).toBeUndefined();
    expect(sharedFilesFor("#spawn:!!!", "spawn", ["main.ts"])).toBeUndefined();
    expect(sharedFilesFor(hash({ files }), "other", ["main.ts"])).toBeUndefined();
  });
});

describe("saved edits of a program", () => {
  const original = { entry: "main.ts", files: { "main.ts": "a\n", "worker.ts": "b\n" } };

  test("are kept per file, under the playground id and the file name", () => {
    const store = memoryStore();
    const place = { store, path: "/lessons/03", id: "spawn" };
    expect(loadFiles(place, original)).toEqual({
      files: original.files,
      edited: false,
      originalChanged: false,
    });
    saveFiles(place, original, { "main.ts": "a\n", "worker.ts": "b2\n" });
    expect([...store.data.keys()]).toEqual([editKey("/lessons/03/", "spawn/worker.ts")]);
    expect(loadFiles(place, original)).toMatchObject({
      files: { "main.ts": "a\n", "worker.ts": "b2\n" },
      edited: true,
      originalChanged: false,
    });
    const updated = { ...original, files: { ...original.files, "worker.ts": "b1\n" } };
    expect(loadFiles(place, updated).originalChanged).toBe(true);
    clearFiles(place, original);
    expect(store.data.size).toBe(0);
  });
});
