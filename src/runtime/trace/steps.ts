import { CAUSE, EV, KIND, KIND_NAMES, SLOT } from "./codes.ts";
import { FROM_PORT, FROM_WORKER } from "./core.ts";
import { describer, fmt } from "./describe.ts";
import type { LoopRun, LoopStep, StepLine } from "./loop-types.ts";
import { createDetails } from "./queues.ts";
import { eventRange } from "./stack.ts";
import type { RawTrace } from "./raw-trace.ts";
import { workerSteps } from "./workers.ts";

const TIMERS: readonly number[] = [SLOT.TIMER, SLOT.INTERVAL, SLOT.LAB_TIMER, SLOT.POSTED_TASK];

/** The steps of a recorded run, in the order they ran, with what the view says about them. */
export function buildSteps(raw: RawTrace): LoopRun {
  const d = describer(raw);
  const { steps, slots, plan } = raw;
  const logs: StepLine[][] = Array.from({ length: steps.count }, () => []);
  raw.logs.text.forEach((text, i) => {
    const site = plan.sites[raw.logs.site[i]!];
    logs[raw.logs.step[i]!]?.push({
      text,
      level: raw.logs.level[i]!,
      ...(site ? { line: site.line } : {}),
    });
  });

  const lastFire = new Map<number, number>();
  const main = Array.from({ length: steps.count }, (_, j): Omit<LoopStep, "index"> => {
    const cause = steps.cause[j]!;
    const ref = steps.ref[j]!;
    const t = steps.t[j]!;
    const line = d.line(cause, ref);
    const step: Omit<LoopStep, "index"> = {
      kind: KIND_NAMES[steps.kind[j]!]!,
      thread: "main",
      title: d.title(cause, ref),
      t,
      logs: logs[j]!,
      ...(line !== undefined ? { line } : {}),
    };
    if (cause === CAUSE.CALLBACK && TIMERS.includes(slots.kind[ref]!)) {
      const waited = t - (lastFire.get(ref) ?? slots.t[ref]!);
      lastFire.set(ref, t);
      step.note = d.timerNote(ref, waited, steps.extra[j]!);
    } else if (cause === CAUSE.CALLBACK && slots.kind[ref] === SLOT.FRAME)
      step.note =
        steps.extra[j]! < 0
          ? "a rendering update; its frame began before the run did"
          : `a rendering update; its frame began at ${fmt(steps.extra[j]!)} ms`;
    else if (cause === CAUSE.CALLBACK && slots.kind[ref] === SLOT.LISTENER) {
      const from = steps.extra[j];
      if (from === FROM_WORKER) step.title = `message from a worker, to the ${step.title}`;
      else if (from === FROM_PORT) step.title = `message on a MessagePort, to the ${step.title}`;
    } else if (cause === CAUSE.MAIN_TASK) step.title = mainTasks(raw, j, step.title);
    else if (cause === CAUSE.RESULT) {
      const r = raw.tasks[ref];
      if (r?.start !== undefined && r.end !== undefined)
        step.note = `${r.lane} ran it from ${fmt(r.start)} to ${fmt(r.end)} ms`;
    }
    return step;
  });

  // Worker steps go between the main-thread steps by time, never before the step that
  // posted their task nor after the one that took its result.
  const extra = workerSteps(raw.tasks, raw.workerLogs).map((w) => {
    let at = w.after;
    while (at + 1 < main.length && at + 1 < w.before && main[at + 1]!.t <= w.step.t) at++;
    return { ...w, at };
  });
  extra.sort((a, b) => a.at - b.at || a.step.t - b.step.t);
  const list: LoopStep[] = [];
  const position = new Int32Array(main.length);
  const rawOf: number[] = [];
  let k = 0;
  const flush = (upTo: number) => {
    while (k < extra.length && extra[k]!.at <= upTo) {
      rawOf.push(-1);
      list.push({ ...extra[k++]!.step, index: list.length });
    }
  };
  flush(-1);
  main.forEach((step, j) => {
    position[j] = list.length;
    rawOf.push(j);
    list.push({ ...step, index: list.length });
    flush(j);
  });

  const workers = new Set(list.filter((s) => s.thread !== "main").map((s) => s.thread));
  const threads = [
    "main",
    ...[...workers].sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
  ];
  const details = createDetails(raw, d, position, rawOf, list);
  return {
    steps: list,
    threads,
    renders: raw.renders.map((r) => ({ t: r.t, after: r.after < 0 ? -1 : position[r.after]! })),
    longFrames: raw.longFrames,
    notes: notes(raw, list),
    ...(raw.capped
      ? {
          capped: `Recording stopped after ${raw.capped.events.toLocaleString("en")} events, at step ${raw.capped.step} (${fmt(raw.capped.t)} ms); the run went on, and its output is complete above.`,
        }
      : {}),
    events: raw.events.count,
    queueSizes: details.sizes,
    detail: details.detail,
  };
}

/** "lab starts tasks 1–4 of call 1 on the main thread": every task started in that job. */
function mainTasks(raw: RawTrace, j: number, title: string): string {
  const [from, to] = eventRange(raw, j);
  const started: number[] = [];
  for (let e = from; e < to; e++)
    if (raw.events.type[e] === EV.TASK_START) started.push(raw.events.a[e]!);
  const first = raw.tasks[started[0]!];
  const last = raw.tasks[started[started.length - 1]!];
  if (!first || !last || started.length < 2) return title;
  return `lab starts tasks ${first.index + 1}–${last.index + 1} of call ${first.group} on the main thread, in one job`;
}

/** What the view must say it approximates, and the races the spec leaves open in this run. */
function notes(raw: RawTrace, list: readonly LoopStep[]): string[] {
  const out = [
    "Rendering: the browser does not tell a page when it paints. The render lane marks the rendering updates it ran, seen from a requestAnimationFrame loop of the recorder (each runs requestAnimationFrame callbacks, then style, layout and paint when something changed); frames longer than 50 ms also report when rendering and painting started (Long Animation Frames).",
  ];
  const has = (kind: number) =>
    Array.from(raw.steps.cause).some(
      (c, j) => c === CAUSE.CALLBACK && raw.slots.kind[raw.steps.ref[j]!] === kind,
    );
  const timers = has(SLOT.TIMER) || has(SLOT.INTERVAL) || has(SLOT.LAB_TIMER);
  if (has(SLOT.FRAME) && timers)
    out.push(
      "This run has animation frame callbacks and timers: which comes first is the browser's choice (it decides when there is a rendering opportunity), so another run may order them differently.",
    );
  if (has(SLOT.LISTENER) && timers)
    out.push(
      "This run has messages and timers: they come from different task sources, and HTML lets the browser pick which source to serve first.",
    );
  const workers = new Set(list.filter((s) => s.thread !== "main").map((s) => s.thread));
  if (workers.size > 0)
    out.push(
      `Inside workers, the view shows when each task's message was taken, how long it computed and when its answer left, not every job there.${workers.size > 1 ? " Answers from different workers can arrive in either order." : ""}`,
    );
  const unknown = list.filter((s) => s.kind === KIND_NAMES[KIND.unknown]).length;
  if (unknown > 0)
    out.push(
      `${unknown} step${unknown === 1 ? "" : "s"} ran in jobs the recorder did not see start (for example a callback passed through a variable, like const q = queueMicrotask; q(f)), so ${unknown === 1 ? "its" : "their"} kind is unknown.`,
    );
  return out;
}
