import type { TaskTimes, WireError } from "./protocol.ts";
import type { LogLine, Mode } from "../types.ts";

/** How a job ended: its value or error, and when it ran (unless it never reached a worker). */
export type Settled = ({ ok: true; value: unknown } | { ok: false; error: WireError }) & {
  times?: TaskTimes;
};

/** A run as the pool sees it: where its output goes and the functions its tasks use. */
export interface PoolRun {
  runId: string;
  origin: number;
  mode: Mode;
  tag: string;
  fns: Map<number, { source: string; name: string; imports: Record<string, string> }>;
  /** The run's stop flag in shared memory, if the page has shared memory. */
  stop?: Int32Array;
  onLog(lines: LogLine[]): void;
  onError(error: WireError): void;
}

export interface PoolJob {
  runId: string;
  fnId: number;
  args: unknown[];
  transfer: Transferable[];
  /** The job may only go to workers 1..slots (the size asked for by map/createPool). */
  slots: number;
  /** Most jobs of its call one message may carry, when the call says (`chunksize`). */
  chunksize?: number;
  onStart(lane: string): void;
  onSettle(r: Settled): void;
}

export interface Slot {
  name: string;
  index: number;
  worker: Worker;
  ready: boolean;
  /** Run and function whose last task here computed for under PREFETCH_BELOW_MS. */
  quick: { runId: string; fnId: number } | undefined;
  inflight: Map<number, PoolJob>;
  /** Task messages ("task" or "tasks") sent here whose tasks have not all settled. */
  messages: number;
  /** For each task in flight, how many tasks of its message are still to settle. */
  batchOf: Map<number, { left: number }>;
  runs: Set<string>;
  fns: Set<string>;
  ending: Map<string, () => void>;
}
