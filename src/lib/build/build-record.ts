import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** What a build put in an output folder, for `astro preview` and the browser tests. */
export interface BuildRecord {
  base: string;
  contentDir: string;
  drafts: boolean;
  fixtures: boolean;
}

/**
 * Kept in Astro's per-project `.astro/` folder, never in the output, so it is
 * not published. Keyed by the output folder's absolute path.
 */
const FILE = ".astro/looplab-builds.json";

function readAll(root: string): Record<string, BuildRecord> {
  const file = resolve(root, FILE);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, BuildRecord>;
  } catch {
    return {};
  }
}

export function readBuildRecord(outDir: string, root = process.cwd()): BuildRecord | undefined {
  return readAll(root)[resolve(root, outDir)];
}

export function writeBuildRecord(outDir: string, record: BuildRecord, root = process.cwd()): void {
  const file = resolve(root, FILE);
  mkdirSync(dirname(file), { recursive: true });
  const all = { ...readAll(root), [resolve(root, outDir)]: record };
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}
