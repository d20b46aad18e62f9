import {
  CONTEXT_GLOBAL,
  moduleFile,
  PLACEHOLDER,
  type ModuleContext,
} from "../compile/module-text.ts";
import { READER_CONFIG, type ReaderConfig } from "../worker/reader-protocol.ts";
import type { CompiledProgram } from "../types.ts";

/** Module URL → the run context its prologue asks for; one registry per page. */
const contexts = new Map<string, ModuleContext>();
let links = 0;

function installRegistry(): void {
  const g = globalThis as Record<string, unknown>;
  g[CONTEXT_GLOBAL] ??= (url: string) => {
    const context = contexts.get(url);
    if (!context) throw new Error("This run has ended");
    return context;
  };
}

const blobUrl = (text: string) =>
  URL.createObjectURL(new Blob([text], { type: "text/javascript" }));

export interface LinkOptions {
  tag: string;
  /** What each of the program's main-thread modules sees. */
  contextFor: (file: string) => ModuleContext;
  /** URL of the bundled `worker/reader-setup.ts`, the first module of a reader's worker. */
  readerSetupUrl: string | undefined;
  reader: ReaderConfig;
}

/** A program ready to run: the specifier to import its entry by, and what to undo after. */
export interface LinkedProgram {
  entry: string;
  /** The program file a URL is a module or a worker script of, if any. */
  fileOf: (url: string) => string | undefined;
  release: () => void;
}

/**
 * Makes a program's modules loadable for one run. On the main thread each file is a blob
 * module named by a bare specifier that an import map added for this run resolves: modules
 * can then import each other in any shape, cycles included, as files on a server would.
 * Workers have no import maps, so the files a worker loads are linked by blob URL, in
 * dependency order; a cycle among them is reported. Stack frames name the TypeScript files
 * (`//# sourceURL`).
 */
export function linkProgram(program: CompiledProgram, options: LinkOptions): LinkedProgram {
  installRegistry();
  const prefix = `looplab-run-${++links}/`;
  const urls: string[] = [];
  const files = new Map<string, string>();
  const make = (text: string, file?: string) => {
    const url = blobUrl(text);
    urls.push(url);
    if (file) files.set(url, file);
    return url;
  };
  const named = (file: string, code: string) =>
    `${code}\n//# sourceURL=${moduleFile(options.tag, file)}`;
  const workers = workerScripts(program, options, make, named);

  const imports: Record<string, string> = {};
  for (const [file, mod] of Object.entries(program.modules)) {
    const code = mod.code.replace(PLACEHOLDER, (_, kind: string, f: string) =>
      JSON.stringify(kind === "file" ? prefix + f : workers(f)),
    );
    const url = make(named(file, code), file);
    contexts.set(url, options.contextFor(file));
    imports[prefix + file] = url;
  }
  const map = document.createElement("script");
  map.type = "importmap";
  map.textContent = JSON.stringify({ imports });
  document.head.append(map);

  return {
    entry: prefix + program.entry,
    fileOf: (url) => files.get(url),
    release() {
      map.remove();
      for (const url of urls) {
        contexts.delete(url);
        URL.revokeObjectURL(url);
      }
    },
  };
}

/** Returns, for a file, the URL of the script a worker starts it from (made on first use). */
function workerScripts(
  program: CompiledProgram,
  options: LinkOptions,
  make: (text: string, file?: string) => string,
  named: (file: string, code: string) => string,
): (file: string) => string {
  const scripts = new Map<string, string>();
  const modules = new Map<string, string>();
  const config = make(`globalThis.${READER_CONFIG} = ${JSON.stringify(options.reader)};`);

  const moduleUrl = (file: string, path: string[]): string => {
    const done = modules.get(file);
    if (done) return done;
    if (path.includes(file))
      throw new Error(
        `A worker cannot load files that import each other in a circle: ${[...path, file].join(" → ")}`,
      );
    const mod = program.modules[file]!;
    const code = mod.code.replace(PLACEHOLDER, (_, kind: string, f: string) =>
      JSON.stringify(kind === "file" ? moduleUrl(f, [...path, file]) : script(f)),
    );
    const url = make(named(file, code), file);
    modules.set(file, url);
    return url;
  };
  const script = (file: string): string => {
    let url = scripts.get(file);
    if (url) return url;
    if (!options.readerSetupUrl) throw new Error("Workers are not available here");
    const setup = new URL(options.readerSetupUrl, location.href).href;
    const entry = moduleUrl(file, []);
    url = make(
      `import ${JSON.stringify(config)};\nimport ${JSON.stringify(setup)};\nimport ${JSON.stringify(entry)};\n`,
      file,
    );
    scripts.set(file, url);
    return url;
  };
  return script;
}
