import type { PlanSite, RecordPlan } from "../compile/record-sites.ts";
import { CAUSE, SLOT } from "./codes.ts";
import type { RawTrace, TaskRecord } from "./raw-trace.ts";

/** Timers nested deeper than this wait at least CLAMP_MS (HTML timer initialisation steps). */
const NESTING_LIMIT = 5;
const CLAMP_MS = 4;

const CALLBACK_LABELS: Partial<Record<PlanSite["kind"], string>> = {
  then: "then callback",
  "catch callback": "catch callback",
  "finally callback": "finally callback",
  queueMicrotask: "queueMicrotask callback",
  setTimeout: "timer callback",
  setInterval: "interval callback",
  postTask: "scheduler.postTask callback",
  requestAnimationFrame: "animation frame callback",
  listener: "event listener",
  onmessage: "onmessage handler",
};

/** Names what ran in a recorded trace: steps, callbacks, functions. */
export function describer(raw: RawTrace) {
  const { plan, slots } = raw;
  const fnName = (fid: number) => fnLabel(plan, fid);
  const siteLine = (id: number) => plan.sites[id]?.line;

  /** "then callback show from line 9". */
  function callback(s: number): string {
    const site = plan.sites[slots.site[s]!];
    const name = slots.names[s] ? ` ${slots.names[s]}` : "";
    const kind = slots.kind[s];
    if (kind === SLOT.LAB_TIMER)
      return site ? `timer of ${site.kind}() from line ${site.line}` : "timer of a lab helper";
    const label =
      (site && CALLBACK_LABELS[site.kind]) ??
      (kind === SLOT.INTERVAL ? "interval callback" : "timer callback");
    return site ? `${label}${name} from line ${site.line}` : `${label}${name}`;
  }

  /** The line of the code a callback runs: its named function if the snippet has one, else where it was handed over. */
  function callbackLine(s: number): number | undefined {
    const named = plan.fns.filter((f) => f.name === slots.names[s]);
    if (named.length === 1) return named[0]!.line;
    return siteLine(slots.site[s]!);
  }

  function task(r: TaskRecord | undefined): string {
    return r ? `task ${r.index + 1} of call ${r.group}` : "a task";
  }

  function title(cause: number, ref: number): string {
    const site = plan.sites[ref];
    const at = site ? ` at line ${site.line}` : "";
    switch (cause) {
      case CAUSE.SCRIPT:
        return "runs the script";
      case CAUSE.CALLBACK:
        return callback(ref);
      case CAUSE.RESUME:
        return `resumes ${fnName(site?.fn ?? 0)} after await${at}`;
      case CAUSE.CLAUSE:
        return `resumes ${fnName(site?.fn ?? 0)} in its ${site?.kind ?? "catch"} block${at}, after a rejected await`;
      case CAUSE.FINISH:
        return `resumes ${fnName(ref)} only to complete it (an await it does not catch was rejected, or it left a for await loop)`;
      case CAUSE.THENABLE:
        return `the engine calls then() of a thenable (line ${plan.fns[ref]?.line ?? "?"})`;
      case CAUSE.YIELD:
        return `resumes ${fnName(site?.fn ?? 0)} after yield${at} for a next() call that waited in its queue`;
      case CAUSE.FOR_AWAIT:
        return `resumes ${fnName(site?.fn ?? 0)} in the for await loop${at}`;
      case CAUSE.LOOP_END:
        return `resumes ${fnName(site?.fn ?? 0)} after the for await loop${at}`;
      case CAUSE.RESULT: {
        const r = raw.tasks[ref];
        return `message from ${r?.lane ?? "a worker"}: the result of ${task(r)}`;
      }
      case CAUSE.MAIN_TASK:
        return `lab starts ${task(raw.tasks[ref])} on the main thread`;
      default:
        return "code ran in a job the recorder did not see start";
    }
  }

  function line(cause: number, ref: number): number | undefined {
    if (cause === CAUSE.SCRIPT) return undefined;
    if (cause === CAUSE.CALLBACK) return callbackLine(ref);
    if (cause === CAUSE.FINISH || cause === CAUSE.THENABLE) return plan.fns[ref]?.line;
    if (cause === CAUSE.RESULT || cause === CAUSE.MAIN_TASK || cause === CAUSE.UNKNOWN)
      return undefined;
    return siteLine(ref);
  }

  /** "asked 0 ms, waited 4.2 ms (nesting level 7: clamped to at least 4 ms)". */
  function timerNote(s: number, waited: number, level: number): string {
    const asked = slots.delay[s]!;
    let note = `asked ${fmt(asked)} ms, waited ${fmt(waited)} ms`;
    if (level > NESTING_LIMIT + 1 && asked < CLAMP_MS)
      note +=
        waited >= CLAMP_MS - 0.5
          ? ` (nesting level ${level}: clamped to at least ${CLAMP_MS} ms; HTML clamps timers nested more than ${NESTING_LIMIT} deep)`
          : ` (nesting level ${level})`;
    return note;
  }

  return { title, line, callback, timerNote, fnName, task };
}

export function fnLabel(plan: RecordPlan, fid: number): string {
  const f = plan.fns[fid];
  if (!f) return "a function";
  if (fid === 0) return "the script";
  return f.name.startsWith("a") && f.name.includes(" ") ? `${f.name} (line ${f.line})` : f.name;
}

export const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toString());
