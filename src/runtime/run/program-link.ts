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

/** The setup of a reader's worker: its absolute URL, and its text where it is one file. */
export interface ReaderSetup {
  url: string;
  text?: string;
}

let setupCopy: Promise<ReaderSetup> | undefined;

/**
 * Fetches a bundled setup's text once per page, to be written into each run's worker
 * modules: each worker would otherwise fetch it from the server again, which showed up as
 * start-up time in the reader's own measurements of starting a worker.
 */
export function readerSetup(url: string, bundled: boolean): Promise<ReaderSetup> {
  const absolute = new URL(url, location.href).href;
  if (!bundled) return Promise.resolve({ url: absolute });
  setupCopy ??= fetch(absolute)
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.statusText))))
    .then((text) => ({ url: absolute, text }))
    .catch(() => ({ url: absolute }));
  return setupCopy;
}

const blobUrl = (text: string) =>
  URL.createObjectURL(new Blob([text], { type: "text/javascript" }));

export interface LinkOptions {
  tag: string;
  /** What each of the program's main-thread modules sees. */
  contextFor: (file: string) => ModuleContext;
  /** `worker/reader-setup.ts` as `readerSetup` gives it; absent where there are no workers. */
  readerSetup: ReaderSetup | undefined;
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

/**
 * Returns, for a file, the URL a worker starts it from: its module, in a copy of the files
 * it loads whose every module also imports the worker's setup. Imports are evaluated before
 * a module's body, so the setup runs before any of the reader's code, with no module of its
 * own to start from: a worker costs the reader's measurements as little as it can.
 */
function workerScripts(
  program: CompiledProgram,
  options: LinkOptions,
  make: (text: string, file?: string) => string,
  named: (file: string, code: string) => string,
): (file: string) => string {
  const modules = new Map<string, string>();
  let setupUrl: string | undefined;
  const setup = (): string => {
    if (setupUrl) return setupUrl;
    const found = options.readerSetup;
    if (!found) throw new Error("Workers are not available here");
    const config = `globalThis.${READER_CONFIG} = ${JSON.stringify(options.reader)};`;
    // Without the file's text (the dev server), a module sets the config and one imports both.
    setupUrl =
      found.text !== undefined
        ? make(`${config}\n${found.text}`)
        : make(`import ${JSON.stringify(make(config))};\nimport ${JSON.stringify(found.url)};`);
    return setupUrl;
  };

  const moduleUrl = (file: string, path: string[]): string => {
    const done = modules.get(file);
    if (done) return done;
    if (path.includes(file))
      throw new Error(
        `A worker cannot load files that import each other in a circle: ${[...path, file].join(" → ")}`,
      );
    const mod = program.modules[file]!;
    const code = mod.code.replace(PLACEHOLDER, (_, kind: string, f: string) =>
      JSON.stringify(kind === "file" ? moduleUrl(f, [...path, file]) : moduleUrl(f, [])),
    );
    // Last, so no line of the file moves; imports run before the body wherever they stand.
    const url = make(named(file, `${code}\nimport ${JSON.stringify(setup())};`), file);
    modules.set(file, url);
    return url;
  };
  return (file) => moduleUrl(file, []);
}
