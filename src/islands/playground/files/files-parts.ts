import type {
  CompiledProgram,
  ProgramCompileResult,
  ProgramSource,
} from "../../../runtime/index.ts";
import type { Compiles, Program, RuntimeRuns } from "../run-controller.ts";
import type { FilesKit } from "../files-kit.ts";
import type { PanelClass } from "../source-panel.ts";
import { FilesPanel } from "./files-panel.ts";
import { programRuntime } from "./program-runtime.ts";

/** What a multi-file playground embeds: its files and their build-time compilation. */
export interface FilesJson {
  program: ProgramSource;
  compiled: ProgramCompileResult;
}

/**
 * The parts the playground element wires for a multi-file playground: loaded by `import()`
 * only where a playground has files, so other lesson pages never fetch them.
 */
export function filesParts(
  json: FilesJson,
  kit: FilesKit,
): [
  Program<ProgramSource, CompiledProgram>,
  PanelClass<ProgramSource>,
  (runs: RuntimeRuns) => Compiles<ProgramSource, CompiledProgram>,
] {
  const Panel: PanelClass<ProgramSource> = class extends FilesPanel {
    constructor(...args: ConstructorParameters<PanelClass<ProgramSource>>) {
      super(...args, kit);
    }
  };
  const compiles = (runs: RuntimeRuns) => programRuntime(runs, kit.pageRuntime());
  return [{ source: json.program, compiled: json.compiled }, Panel, compiles];
}
