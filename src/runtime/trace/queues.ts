import { CAUSE, EV, KIND, SLOT } from "./codes.ts";
import type { describer } from "./describe.ts";
import type { LoopStep, QueueEntry, StepDetail } from "./loop-types.ts";
import type { RawTrace } from "./raw-trace.ts";
import { deepestStack, stepEffects } from "./stack.ts";

type Describer = ReturnType<typeof describer>;

/** Microtasks listed per step at most; an await loop can queue thousands in one checkpoint. */
const MAX_LISTED = 200;

/** A task-queue entry's life: present after steps `from`..`to - 1` (raw step indices). */
interface Span {
  from: number;
  to: number;
  label: string;
  line?: number;
  /** Run-clock time it became due; before that it is a timer still waiting. */
  due: number;
}

/**
 * The queues after each step, derived from the recorded events.
 *
 * Microtask queue: the jobs still to run in the same checkpoint, in the order they ran. A
 * promise's settling is not observable from script, so where a job is queued is exact only
 * for `queueMicrotask` and for an `await` of a value that is not an object (both queue at
 * once). Jobs run in the order they were queued (FIFO), so every job before such a one was
 * queued by then too. A job cannot have been queued before its callback was handed over or
 * its function suspended. The rest are shown as "maybe": queued, or still waiting on a promise.
 */
export function createDetails(
  raw: RawTrace,
  d: Describer,
  position: Int32Array,
  rawOf: readonly number[],
  list: readonly LoopStep[],
) {
  const { steps, slots, events } = raw;
  const m = steps.count;
  const stepOf = new Int32Array(events.count);
  const scheduledIn = new Int32Array(slots.count).fill(-1);
  const lower = new Int32Array(m).fill(-1);
  const exact = new Int32Array(m).fill(-1);
  const spans: Span[] = [];
  const suspended = new Map<number, { step: number; immediate: boolean }[]>();
  const fires = new Map<number, number[]>();
  const cleared = new Map<number, number>();
  const posts: { step: number; line: number | undefined }[] = [];
  const delivered: number[] = [];

  let current = -1;
  for (let e = 0; e < events.count; e++) {
    const type = events.type[e]!;
    const a = events.a[e]!;
    if (type === EV.STEP) current = a;
    stepOf[e] = current;
    if (type === EV.SCHEDULE) scheduledIn[a] = current;
    else if (type === EV.CLEAR && !cleared.has(a)) cleared.set(a, current);
    else if (type === EV.POST) posts.push({ step: current, line: raw.plan.sites[a]?.line });
    else if (type === EV.SUSPEND) {
      const list = suspended.get(a) ?? [];
      list.push({ step: current, immediate: events.b[e] === 1 });
      suspended.set(a, list);
    }
  }
  for (let j = 0; j < m; j++) {
    const cause = steps.cause[j]!;
    const ref = steps.ref[j]!;
    if (cause === CAUSE.CALLBACK) {
      const fired = fires.get(ref);
      if (fired) fired.push(j);
      else fires.set(ref, [j]);
      if (slots.kind[ref] === SLOT.LISTENER) delivered.push(j);
      if (slots.kind[ref] === SLOT.MICROTASK) {
        lower[j] = scheduledIn[ref]!;
        if (raw.plan.sites[slots.site[ref]!]?.kind === "queueMicrotask") exact[j] = lower[j]!;
      }
    } else if (cause === CAUSE.RESUME || cause === CAUSE.FOR_AWAIT || cause === CAUSE.LOOP_END) {
      // Resumptions of one site are matched to its suspensions in order.
      const s = suspended.get(ref)?.shift();
      if (s && s.step < j) {
        lower[j] = s.step;
        if (s.immediate) exact[j] = s.step;
      }
    }
  }

  // Task queue: timers from when they were set to when they fired or were cleared, messages
  // from their postMessage to the next message step, workers' answers from when they left the
  // worker to the step that took them.
  for (let s = 0; s < slots.count; s++) {
    const kind = slots.kind[s];
    if (kind !== SLOT.TIMER && kind !== SLOT.INTERVAL && kind !== SLOT.LAB_TIMER) continue;
    const from = scheduledIn[s]!;
    const label = d.callback(s);
    const line = raw.plan.sites[slots.site[s]!]?.line;
    const end = cleared.get(s) ?? m;
    const due = slots.t[s]! + slots.delay[s]!;
    const fired = fires.get(s) ?? [];
    if (kind === SLOT.INTERVAL)
      spans.push({ from, to: end, label, ...(line ? { line } : {}), due });
    else
      spans.push({ from, to: Math.min(fired[0] ?? m, end), label, ...(line ? { line } : {}), due });
  }
  posts.forEach((p, i) =>
    spans.push({
      from: p.step,
      to: delivered[i] ?? m,
      label: `message posted at line ${p.line ?? "?"}`,
      due: 0,
    }),
  );
  for (const r of raw.tasks) {
    if (r.lane === "main" || r.end === undefined) continue;
    const to = r.recvStep ?? m;
    let from = Math.max(r.sendStep, 0);
    while (from < to && steps.t[from + 1] !== undefined && steps.t[from + 1]! < r.end) from++;
    spans.push({ from, to, label: `the result of ${d.task(r)} from ${r.lane}`, due: r.end });
  }

  const checkpointEnd = new Int32Array(m);
  const micro = (j: number) => steps.kind[j] === KIND.microtask || steps.kind[j] === KIND.unknown;
  for (let j = m - 1; j >= 0; j--)
    checkpointEnd[j] = j + 1 < m && micro(j + 1) ? checkpointEnd[j + 1]! : j;

  function microtasks(j: number): { entries: QueueEntry[]; more: number } {
    const entries: QueueEntry[] = [];
    const end = checkpointEnd[j]!;
    // Certain up to the last job known to be queued by the end of step j.
    let certain = j;
    for (let k = j + 1; k <= end; k++) if (exact[k]! >= 0 && exact[k]! <= j) certain = k;
    for (let k = j + 1; k <= end; k++) {
      if (lower[k]! > j) break;
      if (entries.length === MAX_LISTED) return { entries, more: end - k + 1 };
      const line = list[position[k]!]?.line;
      entries.push({
        label: list[position[k]!]!.title,
        ...(line !== undefined ? { line } : {}),
        state: k <= certain ? "queued" : "maybe",
      });
    }
    return { entries, more: 0 };
  }

  function tasks(j: number): QueueEntry[] {
    const now = steps.t[j + 1] ?? steps.t[j] ?? 0;
    const out: QueueEntry[] = spans
      .filter((s) => s.from <= j && j < s.to)
      .map((s) => ({
        label: s.label,
        ...(s.line !== undefined ? { line: s.line } : {}),
        state: now >= s.due ? "due" : "waiting",
      }));
    for (const r of raw.tasks) {
      const busy = r.end === undefined || now < r.end;
      if (r.lane !== "main" && r.sendStep <= j && busy && (r.recvStep ?? m) > j)
        out.push({ label: `${r.lane} is running ${d.task(r)}`, state: "working" });
    }
    return out;
  }

  /** The main-thread step a list position stands for: itself, or the one before a worker step. */
  const mainAt = (i: number): number => {
    for (let p = i; p >= 0; p--) if (rawOf[p]! >= 0) return rawOf[p]!;
    return -1;
  };

  return {
    sizes: (i: number) => {
      const j = mainAt(i);
      if (j < 0) return { microtasks: 0, tasks: 0 };
      const mt = microtasks(j);
      return { microtasks: mt.entries.length + mt.more, tasks: tasks(j).length };
    },
    detail: (i: number): StepDetail => {
      const j = mainAt(i);
      const step = list[i]!;
      const worker = rawOf[i]! < 0;
      const mt = j >= 0 ? microtasks(j) : { entries: [], more: 0 };
      const before = raw.renders.findLast((r) => r.after < j);
      const after = raw.renders.find((r) => r.after >= j);
      return {
        stack: worker
          ? [`${step.thread}: the task function`]
          : j >= 0
            ? deepestStack(raw, d, j)
            : [],
        microtasks: worker ? [] : mt.entries,
        moreMicrotasks: worker ? 0 : mt.more,
        tasks: j >= 0 ? tasks(j) : [],
        effects: worker || j < 0 ? [] : stepEffects(raw, d, j),
        render: { ...(before ? { before: before.t } : {}), ...(after ? { after: after.t } : {}) },
      };
    },
  };
}
