/**
 * The Event loop view's half of the runtime, loaded on first use (`loadEventLoop()` in
 * index.ts): the recording pass over compiled code, the recorder, and the steps drawn from
 * what it recorded.
 */
export { recordedProgram, type RecordedProgram } from "../compile/record-compile.ts";
export { createRecording, EVENT_CAP, type Recording } from "./recorder.ts";
export { buildSteps } from "./steps.ts";
