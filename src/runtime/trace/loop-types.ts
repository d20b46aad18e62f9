import type { LogLevel } from "../types.ts";
import type { StepKind } from "./codes.ts";
import type { LongFrame } from "./raw-trace.ts";

export type { StepKind } from "./codes.ts";
export type { LongFrame } from "./raw-trace.ts";

/** One console line, placed in the step that printed it. */
export interface StepLine {
  text: string;
  level: LogLevel;
  /** TypeScript line of the console call, where known. */
  line?: number;
}

/** One step of a recorded run: a job the event loop ran on one thread. */
export interface LoopStep {
  /** Position in the step list, from 0. */
  index: number;
  kind: StepKind;
  /** "main" or the worker's lane ("worker-1"). */
  thread: string;
  /** What ran, e.g. "then callback from line 9" or "resumes task after await at line 5". */
  title: string;
  /** The TypeScript line of what ran, to highlight in the code. */
  line?: number;
  /** When it started, ms since the run started (the browser coarsens this clock). */
  t: number;
  logs: StepLine[];
  /** What the recorder measured about it, e.g. a timer's asked and actual wait. */
  note?: string;
}

/** Something waiting in a queue after a step. */
export interface QueueEntry {
  label: string;
  line?: number;
  /**
   * queued: certainly in the queue; maybe: in the queue, or still waiting for the promise it
   * depends on to settle; waiting: a timer not yet due; due: a task ready to run; working: a
   * worker busy with it.
   */
  state: "queued" | "maybe" | "waiting" | "due" | "working";
}

/** The whiteboard at one step: the stack, the queues and what the step did. */
export interface StepDetail {
  /** Frames the recorder knew about at the step's deepest point, outermost first. */
  stack: string[];
  /** Microtasks still to run in this checkpoint, in the order they ran. */
  microtasks: QueueEntry[];
  /** More microtasks than listed. */
  moreMicrotasks: number;
  tasks: QueueEntry[];
  /** What the step handed to the event loop: callbacks queued, timers set, awaits. */
  effects: string[];
  /** The rendering updates just before and after the step, if any were seen. */
  render: { before?: number; after?: number };
}

/** A rendering update the recorder saw, placed between steps. */
export interface RenderPoint {
  /** ms since the run started, when the update ran its animation frame callbacks. */
  t: number;
  /** It ran after step `after` started (-1: before the first step). */
  after: number;
}

/** A recorded run, as the Event loop view shows it. */
export interface LoopRun {
  steps: LoopStep[];
  /** Threads that took part: "main" first, then workers. */
  threads: string[];
  renders: RenderPoint[];
  longFrames: LongFrame[];
  /** What the view must say it approximates or could not see, and races the spec leaves open. */
  notes: string[];
  /** Set when recording stopped at the event cap. */
  capped?: string;
  /** Events recorded (main thread). */
  events: number;
  /** Queue lengths after each step, for drawing the lanes. */
  queueSizes(index: number): { microtasks: number; tasks: number };
  detail(index: number): StepDetail;
}
