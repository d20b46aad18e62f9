import { isReaderMessage, READER_MARK, SHARED_LAYOUT } from "../worker/reader-protocol.ts";
import type { LogLine, TaskTrace } from "../types.ts";

/** What the run learns from the workers a reader's program starts. */
export interface ReaderWorkerHost {
  runId: string;
  /** The run's clock: ms since it started. */
  now: () => number;
  log: (line: LogLine) => void;
  /** A worker's uncaught error or unhandled rejection that the reader's code did not handle. */
  fail: (error: ReaderWorkerError) => void;
  /** A worker's message handler ran: a bar on the worker's lane of the timeline. */
  onTask: (t: TaskTrace) => void;
  /** Something changed that may let the run end (a beat, a worker gone). */
  check: () => void;
  /** The file a worker script URL starts, if it is one of the program's. */
  fileOf: (url: string) => string | undefined;
}

/** An error thrown in a reader's worker, with where it happened as far as the browser says. */
export class ReaderWorkerError extends Error {
  constructor(
    message: string,
    readonly thread: string,
    readonly stack_: string,
    readonly place?: { url: string; line: number; column: number },
  ) {
    super(message);
    this.name = "ReaderWorkerError";
  }
}

interface Tracked {
  worker: Worker;
  label: string;
  sent: number;
  received: number;
  /** Error events seen, and those whose handling by the reader's code is not yet known. */
  errors: number;
  judging: number;
  /** The buffer shared with the worker, if there is shared memory. */
  shared: ReturnType<typeof handlerLog> | undefined;
  beat: { received: number; sent: number; timers: number; errors: number } | undefined;
}

/**
 * The `Worker` a program's modules see on the main thread: the browser's, but known to the
 * run, so their output is labelled (`worker.ts#1`), their errors reported at the TypeScript
 * line, and every one of them ends with the run. The run may end once main.ts is done and
 * each worker is idle: nothing in flight, no timers, its event loop free.
 */
export function createReaderWorkers(host: ReaderWorkerHost) {
  const live = new Set<Tracked>();
  const counts = new Map<string, number>();
  let ended = false;
  let handled = 0;

  const forget = (t: Tracked) => {
    live.delete(t);
    host.check();
  };

  function track(worker: Worker, file: string | undefined, nativePost: NativePost) {
    const n = (counts.get(file ?? "worker") ?? 0) + 1;
    counts.set(file ?? "worker", n);
    const t: Tracked = {
      worker,
      label: `${file ?? "worker"}#${n}`,
      sent: 0,
      received: 0,
      errors: 0,
      judging: 0,
      shared: undefined,
      beat: undefined,
    };
    live.add(t);
    // Ours first: our messages never reach the reader's listeners.
    worker.addEventListener("message", (event) => {
      const data = event.data as unknown;
      if (!isReaderMessage(data)) {
        t.received++;
        return;
      }
      event.stopImmediatePropagation();
      const m = data[READER_MARK];
      if (m.kind === "hello") t.shared = m.shared && handlerLog(m.shared);
      else if (m.kind === "log")
        for (const l of m.lines)
          host.log({ t: Math.max(0, l.t), thread: t.label, level: l.level, text: l.text });
      else if (m.kind === "beat") {
        t.beat = m;
        report(t, m.handled ?? []);
        host.check();
      } else if (m.kind === "rejection")
        host.fail(new ReaderWorkerError(`Uncaught (in promise) ${m.message}`, t.label, m.stack));
      else forget(t);
    });
    worker.addEventListener("error", (event) => {
      t.errors++;
      t.judging++;
      // The reader's own `onerror` may handle it (preventDefault); look once it has had its turn.
      setTimeout(() => {
        t.judging--;
        if (event.defaultPrevented || ended) return host.check();
        const place = { url: event.filename, line: event.lineno, column: event.colno };
        host.fail(
          new ReaderWorkerError(event.message.replace(/^Uncaught /, ""), t.label, "", place),
        );
      });
    });
    return {
      post: (message: unknown, options?: unknown) => {
        t.sent++;
        nativePost(worker, message, options);
      },
      terminated: () => {
        report(t, [], true);
        forget(t);
      },
    };
  }

  /** Each run of a worker's message handlers is a bar on its lane of the timeline. */
  function report(t: Tracked, fromBeat: number[], final = false) {
    const runs = t.shared?.read(final ? host.now() : undefined) ?? fromBeat;
    for (let i = 0; i + 3 < runs.length; i += 4) {
      const [start, syncEnd, end, ok] = runs.slice(i, i + 4) as [number, number, number, number];
      // Group 0: messages a reader's worker handled, apart from the lab's calls (1, 2, …).
      host.onTask({
        ...{ runId: host.runId, group: 0, index: handled++, queued: start, state: "done" },
        ...{ lane: t.label, start, syncEnd, end, ok: ok === 1 },
      });
    }
  }

  const NativeWorker = globalThis.Worker as typeof Worker | undefined;
  const RunWorker = NativeWorker && runWorkerClass(NativeWorker, track, () => ended, host.fileOf);

  return {
    Worker: RunWorker,
    /** True when no worker of the run has anything left to do. */
    idle: (): boolean => {
      for (const t of live) {
        const b = t.beat;
        if (!b || b.timers > 0 || b.received !== t.sent || b.sent !== t.received) return false;
        // An error thrown there may still be on its way here, or being handled.
        if (b.errors !== t.errors || t.judging > 0) return false;
      }
      return true;
    },
    /** Labels of workers the reader's code left running. */
    running: (): string[] => [...live].map((t) => t.label),
    /** Ends every worker of the run: their loops stop at their next check, then they go. */
    end: (): void => {
      ended = true;
      for (const t of live) {
        t.shared?.stop();
        report(t, [], true);
        NativeWorker?.prototype.terminate.call(t.worker);
      }
      live.clear();
    },
  };
}

export type ReaderWorkers = ReturnType<typeof createReaderWorkers>;

/** The page's side of a worker's shared buffer: its stop flag, and handler runs not yet read. */
function handlerLog(shared: SharedArrayBuffer) {
  const { stop, count, first, fields, capacity } = SHARED_LAYOUT;
  const ints = new Int32Array(shared, 0, 2);
  const floats = new Float64Array(shared, first, fields * capacity);
  let read = 0;
  return {
    stop: () => Atomics.store(ints, stop, 2),
    /**
     * Runs that ended since the last read, in order; with `endedBy` (the worker is gone),
     * the ones still running too, as ending then.
     */
    read(endedBy?: number): number[] {
      const upTo = Atomics.load(ints, count);
      const runs: number[] = [];
      for (; read < upTo; read++) {
        const at = read * fields;
        const [start, syncEnd, end, ok] = [0, 1, 2, 3].map((i) => floats[at + i]!) as [
          number,
          number,
          number,
          number,
        ];
        if (!Number.isNaN(syncEnd)) runs.push(start, syncEnd, Math.max(syncEnd, end), ok);
        else if (endedBy !== undefined) runs.push(start, endedBy, endedBy, 1);
        else break;
      }
      return runs;
    },
  };
}

type NativePost = (worker: Worker, message: unknown, options?: unknown) => void;

type Track = (
  worker: Worker,
  file: string | undefined,
  nativePost: NativePost,
) => { post: (message: unknown, options?: unknown) => void; terminated: () => void };

/** The class a program's modules get as `Worker`: the browser's, each instance tracked. */
function runWorkerClass(
  NativeWorker: typeof Worker,
  track: Track,
  ended: () => boolean,
  fileOf: (url: string) => string | undefined,
) {
  const proto = NativeWorker.prototype;
  const post: NativePost = (worker, message, options) =>
    proto.postMessage.call(worker, message, options as StructuredSerializeOptions);
  return class RunWorker extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      const file = fileOf(String(url));
      // A program's worker files are ES modules, in either form of the idiom.
      super(url, file ? { ...options, type: "module" } : options);
      if (ended()) {
        proto.terminate.call(this);
        throw new Error("This run has ended");
      }
      const tracked = track(this, file, post);
      this.postMessage = tracked.post;
      this.terminate = () => {
        proto.terminate.call(this);
        tracked.terminated();
      };
    }
  };
}
