import { moduleFrameRegExp } from "../compile/module-text.ts";
import { toSourcePosition } from "../compile/source-map.ts";
import { TASK_PREFIX, taskFile } from "../compile/wrapper.ts";
import type { CompiledProgram, SourcePosition } from "../types.ts";
import type { ErrorSites } from "./describe-failure.ts";
import { ReaderWorkerError } from "./reader-workers.ts";

/**
 * The message of an error in a multi-file program and its TypeScript file, line and column:
 * from a frame of one of its modules (named `playground-<tag>/<file>`), the place a worker's
 * error event gives, or the frame of a task function shipped to the pool.
 */
export function describeProgramFailure(
  e: unknown,
  where: {
    tag: string;
    program: CompiledProgram;
    sites: ErrorSites;
    /** A pool task's stack in its worker, for a task's error. */
    workerStack: string | undefined;
    /** The program file a module or worker script URL belongs to. */
    fileOf: (url: string) => string | undefined;
  },
): { message: string; loc?: SourcePosition } {
  const { tag, program, sites, workerStack, fileOf } = where;
  if (!(e instanceof Error)) return { message: `Uncaught ${String(e)}` };
  const message = e instanceof ReaderWorkerError ? e.message : `${e.name}: ${e.message}`;
  const at = (file: string | undefined, line: number, column: number) => {
    const mod = file ? program.modules[file] : undefined;
    const pos = mod ? toSourcePosition(mod.map, line, column) : undefined;
    return pos && { ...pos, file: file! };
  };
  const inStack = (stack: string | undefined) => {
    for (const m of (stack ?? "").matchAll(moduleFrameRegExp(tag))) {
      const halted = (e as { line?: unknown }).line;
      const loc =
        typeof halted === "number" ? at(m[1], halted, 1) : at(m[1], Number(m[2]), Number(m[3]));
      if (loc) return loc;
    }
    return undefined;
  };

  if (e instanceof ReaderWorkerError) {
    const { place } = e;
    const byUrl =
      place && at(fileOf(place.url) ?? fileInName(place.url, tag), place.line, place.column);
    return { message, ...withLoc(byUrl ?? inStack(e.stack_)) };
  }
  const loc = taskLocation(workerStack, tag, program, sites);
  if (loc) return { message, loc };
  for (const stack of [e.stack, sites.siteOf(e)]) {
    const loc = inStack(stack);
    if (loc) return { message, loc };
  }
  return { message };
}

const withLoc = (loc: SourcePosition | undefined) => (loc ? { loc } : {});

/** `playground-<tag>/<file>` as a URL or a frame name gives the file. */
function fileInName(name: string, tag: string): string | undefined {
  const prefix = `playground-${tag}/`;
  const at = name.indexOf(prefix);
  return at < 0 ? undefined : name.slice(at + prefix.length);
}

/** A pool task's frame, placed by where its function's source sits in the program's files. */
function taskLocation(
  stack: string | undefined,
  tag: string,
  program: CompiledProgram,
  sites: ErrorSites,
): SourcePosition | undefined {
  for (const [id, origin] of sites.functionOrigins()) {
    const file = origin.file;
    if (!file || !stack) continue;
    const escaped = taskFile(tag, id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const m = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
    if (!m) continue;
    const line = Number(m[1]);
    const column = line === 1 ? origin.column + Number(m[2]) - TASK_PREFIX : Number(m[2]);
    const pos = toSourcePosition(program.modules[file]!.map, origin.line + line - 1, column);
    if (pos) return { ...pos, file };
  }
  return undefined;
}
