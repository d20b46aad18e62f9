import type { LogLevel } from "../types.ts";

/**
 * What a reader's worker (a program's `new Worker(new URL("./worker.ts", import.meta.url))`)
 * tells the page besides the reader's own messages. Ours carry this key, so the page takes
 * them out before the reader's `onmessage` sees anything.
 */
export const READER_MARK = "__looplabReader";

/** Set by the worker's first module (a blob the page writes) before `reader-setup.ts` runs. */
export const READER_CONFIG = "__looplabReaderConfig";

export interface ReaderConfig {
  /** The run's start on the clock every thread shares (time origin + performance.now()). */
  origin: number;
  /** The run's budget is the page's; a worker's own loops stop only when the run ends. */
  runId: string;
}

export type ReaderMessage =
  /**
   * Sent while the worker's modules load: its shared record (see SHARED_LAYOUT), where the
   * page raises the stop flag its loops check and reads when its handlers ran; absent
   * without shared memory, when handler times come with each beat instead.
   */
  | { kind: "hello"; shared: SharedArrayBuffer | undefined }
  | { kind: "log"; lines: { t: number; level: LogLevel; text: string }[] }
  /**
   * Sent whenever the worker's event loop is free (every BEAT_MS): counts of the reader's
   * messages it has received and sent, and its timers still pending. When they match the
   * page's counts, nothing is in flight and the worker has nothing left to do by itself.
   */
  | {
      kind: "beat";
      received: number;
      sent: number;
      timers: number;
      /** Uncaught errors so far: each is on its way to the page as an error event. */
      errors: number;
      handled?: number[];
    }
  | { kind: "rejection"; message: string; stack: string }
  | { kind: "closed" };

export const BEAT_MS = 50;

/**
 * A reader's worker and the page share one buffer: an Int32 stop flag and a count of
 * handler runs started, then per run four Float64s on the run's clock: start, end of its
 * synchronous part (NaN while it runs), end of the promise it returned (an async handler),
 * and 1 if it did not throw.
 * Recording costs no message, so it cannot slow the messages a reader times, and the page
 * can read it even after the worker was terminated.
 */
export const SHARED_LAYOUT = { stop: 0, count: 1, first: 8, fields: 4, capacity: 4096 } as const;

export const sharedBytes = () =>
  SHARED_LAYOUT.first + 8 * SHARED_LAYOUT.fields * SHARED_LAYOUT.capacity;

export function isReaderMessage(data: unknown): data is { [READER_MARK]: ReaderMessage } {
  return typeof data === "object" && data !== null && READER_MARK in data;
}
