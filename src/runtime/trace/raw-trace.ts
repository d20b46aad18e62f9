import type { RecordPlan } from "../compile/record-sites.ts";
import type { LogLevel, LogLine } from "../types.ts";

/** One lab task as the page saw it: posted, run (on a worker or here), answered. */
export interface TaskRecord {
  group: number;
  index: number;
  lane: string;
  /** When the page handed it to the lane (run clock, ms), and the step that was current then. */
  sendT: number;
  sendStep: number;
  /** When it ran where it ran, as that thread measured it; absent until it ended. */
  start?: number;
  syncEnd?: number;
  end?: number;
  ok?: boolean;
  /** The step in which the page took its result (pool tasks). */
  recvStep?: number;
}

/** A rendering update the recorder saw (its own requestAnimationFrame loop). */
export interface RenderMark {
  /** When the update ran its requestAnimationFrame callbacks, on the run's clock. */
  t: number;
  /** The last step that had started when the update ran (-1: before the first). */
  after: number;
}

/**
 * A frame the browser reported as long (over 50 ms), with the moments it exposes:
 * https://w3c.github.io/long-animation-frames/ (times on the run's clock).
 */
export interface LongFrame {
  start: number;
  duration: number;
  renderStart?: number;
  styleAndLayoutStart?: number;
  paintTime?: number;
  presentationTime?: number;
}

/** Everything a recorded run left, as arrays; `../trace/steps.ts` turns it into steps. */
export interface RawTrace {
  plan: RecordPlan;
  events: { type: Uint8Array; a: Int32Array; b: Int32Array; count: number };
  steps: {
    kind: Uint8Array;
    cause: Uint8Array;
    ref: Int32Array;
    /** Index of the step's STEP event. */
    first: Int32Array;
    t: Float64Array;
    /**
     * rAF steps: the frame time; timer steps: the nesting level of the task; listener steps:
     * where the message came from (core.ts, FROM_WORKER / FROM_PORT).
     */
    extra: Float64Array;
    count: number;
  };
  slots: {
    kind: Uint8Array;
    site: Int32Array;
    /** Step current when the callback was handed over (-1: none). */
    step: Int32Array;
    /** Timers: when set (run clock), the delay asked for, their nesting level. */
    t: Float64Array;
    delay: Float64Array;
    level: Int32Array;
    names: string[];
    count: number;
  };
  logs: { text: string[]; level: LogLevel[]; step: number[]; site: number[] };
  workerLogs: LogLine[];
  tasks: TaskRecord[];
  renders: RenderMark[];
  longFrames: LongFrame[];
  /** Set when recording stopped at the event cap while the run went on. */
  capped?: { events: number; step: number; t: number };
  /** Events that broke the recorder's expectations (0 in a sound recording). */
  anomalies: number;
  wallMs: number;
}
