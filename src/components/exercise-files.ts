import type { ProgramSource } from "../runtime/node.ts";
import { buildProgram, type ShownFile } from "./playground-files.ts";

/** A file of a multi-file exercise's model solution, as the solution panel shows it. */
export interface SolutionFile extends ShownFile {
  /** The starter's file, unchanged: the solution folder leaves it out or repeats it. */
  same: boolean;
}

/**
 * Compiles a multi-file exercise's model solution at build time (it is not run from the
 * build, but a solution that does not compile is a mistake to report with its file) and
 * highlights each file. Errors name `<id>/solution/<file>` for the files the solution
 * folder holds, and `<id>/<file>` for those it takes from the starter.
 */
export async function solutionParts(
  solution: ProgramSource,
  starter: Readonly<Record<string, string>>,
  where: { mdx: string | undefined; id: string },
  fail: (message: string) => Error,
): Promise<SolutionFile[]> {
  const same = (name: string) => solution.files[name] === starter[name];
  const { shown } = await buildProgram(
    solution,
    { ...where, folderOf: (file) => (same(file) ? where.id : `${where.id}/solution`) },
    (message) => fail(`solution ${message}`),
  );
  return shown.map((file) => ({ ...file, same: same(file.name) }));
}
