import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

// The source tree as a graph: every .ts file under src/ and what it imports (static, dynamic
// and type-only imports alike), so layering and cycles are checked on what is really there.
const SRC = resolve("src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;
const sources = files(SRC).filter((f) => /\.ts$/.test(f) && !f.endsWith(".d.ts"));
const rel = (f: string) => relative(SRC, f).replaceAll("\\", "/");

const graph = new Map<string, string[]>(
  sources.map((file) => {
    const text = readFileSync(file, "utf8");
    const deps = [...text.matchAll(IMPORT)]
      .map((m) => m[1]!.replace(/\?.*$/, ""))
      .filter((spec) => spec.startsWith("."))
      .map((spec) => rel(resolve(dirname(file), spec)));
    return [rel(file), deps];
  }),
);

/** Which folders (or files) under src/ each folder may import from. */
const ALLOWED: [from: string, to: string[]][] = [
  ["runtime/lab/", ["runtime/lab/", "runtime/modes.ts", "runtime/types.ts", "runtime/hash.ts"]],
  [
    "runtime/compile/",
    ["runtime/compile/", "runtime/lab/", "runtime/types.ts", "runtime/hash.ts", "runtime/modes.ts"],
  ],
  [
    "runtime/pool/",
    [
      "runtime/pool/",
      "runtime/lab/",
      "runtime/compile/guard-text.ts",
      "runtime/types.ts",
      "runtime/modes.ts",
    ],
  ],
  [
    "runtime/worker/",
    [
      "runtime/worker/",
      "runtime/lab/",
      "runtime/pool/protocol.ts",
      "runtime/compile/guard-text.ts",
      "runtime/compile/wrapper.ts",
      "runtime/compile/module-text.ts",
      "runtime/types.ts",
      "runtime/modes.ts",
    ],
  ],
  [
    "runtime/run/",
    [
      "runtime/run/",
      "runtime/lab/",
      "runtime/compile/",
      "runtime/pool/",
      "runtime/worker/watchdog.ts",
      "runtime/worker/reader-protocol.ts",
      "runtime/types.ts",
      "runtime/modes.ts",
    ],
  ],
  ["runtime/", ["runtime/"]],
  ["storage/", ["storage/", "runtime/hash.ts"]],
  ["exercise/", ["exercise/", "runtime/lab/simulated-network.ts"]],
  ["islands/", ["islands/", "runtime/index.ts", "editor/", "exercise/", "storage/"]],
  ["editor/", ["editor/", "lib/code-themes.ts", "runtime/lab/lab.d.ts"]],
];

describe("source layout", () => {
  test("every import stays within what its layer may use", () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      const rule = ALLOWED.find(([from]) => file.startsWith(from));
      if (!rule) continue;
      for (const dep of deps) {
        if (!rule[1].some((to) => dep.startsWith(to) || dep === to)) wrong.push(`${file} → ${dep}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("no import circles anywhere in src/ (type-only imports count)", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...path.slice(path.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "open");
      for (const dep of graph.get(file) ?? []) visit(dep, [...path, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test("no source file over 300 lines; the playground element at most 200", () => {
    const long = files(SRC)
      .map((f) => [rel(f), readFileSync(f, "utf8").split("\n").length - 1] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
    const element = readFileSync(join(SRC, "islands/playground/playground-element.ts"), "utf8");
    expect(element.split("\n").length - 1).toBeLessThanOrEqual(200);
  });

  test("the runtime is in folders by concern, each saying what it owns", () => {
    const folders = readdirSync(join(SRC, "runtime")).filter((n) =>
      statSync(join(SRC, "runtime", n)).isDirectory(),
    );
    expect(folders.length).toBeGreaterThanOrEqual(4);
    for (const folder of folders) {
      const readme = readFileSync(join(SRC, "runtime", folder, "README.md"), "utf8");
      expect(readme, folder).toMatch(/may import/i);
    }
  });
});
