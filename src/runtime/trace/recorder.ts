import type { RecordPlan } from "../compile/record-sites.ts";
import type {
  LogLevel,
  LogLine,
  RecordingHooks,
  RunRecording,
  SnippetTimers,
  TaskTrace,
} from "../types.ts";
import { CAUSE, EV, KIND, SLOT } from "./codes.ts";
import { RecorderCore, type Fn } from "./core.ts";
import { watchFrames } from "./frames.ts";
import { createHelpers } from "./helpers.ts";
import type { RawTrace, TaskRecord } from "./raw-trace.ts";

/** Events a recording keeps before it stops, so a hot loop cannot eat the page's memory. */
export const EVENT_CAP = 50_000;

/** A recording of one run: hand it to `run()` as `recording`, read `trace()` once it ended. */
export interface Recording extends RunRecording {
  /** What was recorded, once the run has ended. */
  trace(): RawTrace | undefined;
}

/**
 * The Event loop view's recorder. Nothing global is patched: its helpers reach the snippet
 * as parameters of its function, so a recorded run shares the page's realm with plain runs,
 * and the run's own life cycle clears its timers as always.
 */
export function createRecording(plan: RecordPlan, { cap = EVENT_CAP } = {}): Recording {
  let result: RawTrace | undefined;
  // Everything is made before the run starts, so the run itself only pays for its events.
  const prepared = prepare(plan, cap, (r) => (result = r));
  let attached = false;
  return {
    attach(clock) {
      if (attached) throw new Error("A recording records one run");
      attached = true;
      prepared.core.start(clock);
      return prepared.hooks;
    },
    trace: () => result,
  };
}

function prepare(
  plan: RecordPlan,
  cap: number,
  done: (trace: RawTrace) => void,
): { core: RecorderCore; hooks: RecordingHooks } {
  const core = new RecorderCore(cap);
  const helpers = createHelpers(core, plan);
  const frames = watchFrames(
    () => core.perfOffset,
    () => core.steps.count - 1,
    () => core.started && !core.stopped,
  );
  const logs = {
    text: [] as string[],
    level: [] as LogLevel[],
    step: [] as number[],
    site: [] as number[],
  };
  const workerLogs: LogLine[] = [];
  const tasks: TaskRecord[] = [];
  const taskIndex = new Map<string, number>();
  const timerSlots = new Map<number, number>();
  let labGeneration = 0;
  let ended = false;

  /** The run's timers, seeing every callback the snippet sets, however it got hold of them. */
  function timers<T extends SnippetTimers>(t: T): T {
    const set =
      (interval: boolean) =>
      (fn: unknown, ms?: number, ...args: unknown[]) => {
        let s = helpers.takeTimer(fn);
        let callback = fn;
        if (s < 0 && !core.stopped && typeof fn === "function") {
          callback = core.wrap(interval ? SLOT.INTERVAL : SLOT.TIMER, -1, fn);
          s = core.slots.count - 1;
        }
        if (s >= 0) core.timerSet(s, ms);
        const id = (interval ? t.setInterval : t.setTimeout)(callback as Fn, ms, ...args);
        if (s >= 0) timerSlots.set(id, s);
        return id;
      };
    const clear = (interval: boolean) => (id?: number) => {
      const s = id === undefined ? undefined : timerSlots.get(id);
      if (s !== undefined && !core.stopped) core.ev(EV.CLEAR, s, 0);
      (interval ? t.clearInterval : t.clearTimeout)(id);
    };
    return {
      ...t,
      setTimeout: set(false),
      setInterval: set(true),
      clearTimeout: clear(false),
      clearInterval: clear(true),
    };
  }

  function task(trace: TaskTrace): void {
    if (core.stopped) return;
    const key = `${trace.group}:${trace.index}`;
    const record = { group: trace.group, index: trace.index, lane: trace.lane };
    let r = taskIndex.get(key);
    if (trace.state === "running") {
      r = tasks.push({ ...record, sendT: trace.start, sendStep: core.steps.count - 1 }) - 1;
      taskIndex.set(key, r);
      if (trace.lane !== "main") return core.ev(EV.SEND, r, 0);
      if (core.depth === 0 && !core.labStep) {
        core.open(KIND.microtask, CAUSE.MAIN_TASK, r);
        core.labStep = true;
        const generation = ++labGeneration;
        // The job that starts these tasks is over before any microtask it queues runs.
        queueMicrotask(() => {
          if (labGeneration === generation) core.labStep = false;
        });
      }
      return core.ev(EV.TASK_START, r, 0);
    }
    r ??= tasks.push({ ...record, sendT: trace.queued, sendStep: -1 }) - 1;
    const rec = Object.assign(tasks[r]!, {
      lane: trace.lane,
      start: trace.start,
      syncEnd: trace.syncEnd,
      end: trace.end,
      ok: trace.ok,
    });
    if (trace.lane === "main") return core.ev(EV.TASK_END, r, 0);
    // The page takes a worker's answer in a message task of its own.
    if (core.depth === 0) core.open(KIND.task, CAUSE.RESULT, r);
    rec.recvStep = core.steps.count - 1;
    core.ev(EV.RECV, r, 0);
  }

  const hooks: RecordingHooks = {
    helpers: helpers.values,
    enterScript() {
      core.open(KIND.script, CAUSE.SCRIPT, 0);
      core.depth++;
    },
    exitScript: () => core.leave(),
    log(level, text) {
      if (core.stopped) return;
      if (core.depth === 0) core.unknownJob(-1);
      const i = logs.text.push(text) - 1;
      logs.level.push(level);
      logs.step.push(core.steps.count - 1);
      logs.site.push(core.consoleSite);
      core.consoleSite = -1;
      core.ev(EV.LOG, i, 0);
    },
    workerLog(lines) {
      if (!core.stopped) workerLogs.push(...lines);
    },
    task,
    labTimer(fn, ms) {
      if (core.stopped) return fn;
      const wrapped = core.wrap(SLOT.LAB_TIMER, core.labSite, fn) as () => void;
      core.timerSet(core.slots.count - 1, ms);
      core.labSite = -1;
      return wrapped;
    },
    timers,
    end(wallMs) {
      if (ended) return;
      ended = true;
      const capped = core.capped;
      core.stopped = true;
      frames.stop();
      const n = core.n;
      done({
        plan,
        events: {
          type: core.type.subarray(0, n),
          a: core.a.subarray(0, n),
          b: core.b.subarray(0, n),
          count: n,
        },
        steps: { ...core.steps.filled(), count: core.steps.count },
        slots: { ...core.slots.filled(), names: core.slotNames, count: core.slots.count },
        logs,
        workerLogs,
        tasks,
        renders: frames.marks,
        longFrames: frames.long,
        ...(capped ? { capped } : {}),
        anomalies: core.anomalies,
        wallMs,
      });
    },
  };
  return { core, hooks };
}
