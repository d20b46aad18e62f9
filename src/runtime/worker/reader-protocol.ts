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
  /** Sent while the worker's modules load: the flag the page raises to stop its loops. */
  | { kind: "hello"; stop: Int32Array | undefined }
  | { kind: "log"; lines: { t: number; level: LogLevel; text: string }[] }
  /**
   * Sent whenever the worker's event loop is free (every BEAT_MS): counts of the reader's
   * messages it has received and sent, and its timers still pending. When they match the
   * page's counts, nothing is in flight and the worker has nothing left to do by itself.
   */
  | { kind: "beat"; received: number; sent: number; timers: number }
  | { kind: "rejection"; message: string; stack: string }
  | { kind: "closed" };

export const BEAT_MS = 50;

export function isReaderMessage(data: unknown): data is { [READER_MARK]: ReaderMessage } {
  return typeof data === "object" && data !== null && READER_MARK in data;
}
