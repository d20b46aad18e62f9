import { CAUSE, EV, SLOT } from "./codes.ts";
import { fmt, type describer } from "./describe.ts";
import type { RawTrace } from "./raw-trace.ts";

type Describer = ReturnType<typeof describer>;

/** At most this many effects are listed per step; loops can make thousands. */
const MAX_EFFECTS = 40;

/** The events of step `j`: from its STEP event to the next step's. */
export function eventRange(raw: RawTrace, j: number): [number, number] {
  const { first, count } = raw.steps;
  return [first[j]!, j + 1 < count ? first[j + 1]! : raw.events.count];
}

/**
 * The frames the recorder knew about at the step's deepest point, outermost first: the
 * callbacks and functions it saw start, resume, return and suspend. Engine frames and plain
 * functions in between are not recorded, so this is what ran, not a full stack trace.
 */
export function deepestStack(raw: RawTrace, d: Describer, j: number): string[] {
  const { type, a } = raw.events;
  const [from, to] = eventRange(raw, j);
  const cause = raw.steps.cause[j];
  const root =
    cause === CAUSE.RESULT
      ? ["the pool's message handler (runtime)"]
      : cause === CAUSE.MAIN_TASK
        ? ["lab's task runner (runtime)"]
        : [];
  const frames = [...root];
  let deepest = [...frames];
  const push = (name: string) => {
    frames.push(name);
    if (frames.length > deepest.length) deepest = [...frames];
  };
  for (let e = from; e < to; e++) {
    const site = raw.plan.sites[a[e]!];
    switch (type[e]) {
      case EV.ENTER:
        push(d.callback(a[e]!));
        break;
      case EV.ACT:
        push(d.fnName(a[e]!));
        break;
      case EV.RESUME:
      case EV.YRESUME:
        push(d.fnName(site?.fn ?? 0));
        break;
      case EV.THEN_IN:
        push(`then() of a thenable (line ${raw.plan.fns[a[e]!]?.line ?? "?"})`);
        break;
      case EV.EXIT:
      case EV.DONE:
      case EV.THEN_OUT:
      case EV.SUSPEND:
      case EV.YSUSPEND:
        if (frames.length > root.length) frames.pop();
        break;
    }
  }
  return deepest;
}

/** What step `j` handed to the event loop or left waiting, in the order it happened. */
export function stepEffects(raw: RawTrace, d: Describer, j: number): string[] {
  const { type, a } = raw.events;
  const { slots, plan } = raw;
  const [from, to] = eventRange(raw, j);
  const out: string[] = [];
  let more = 0;
  const add = (text: string) => {
    if (out.length < MAX_EFFECTS) out.push(text);
    else more++;
  };
  for (let e = from; e < to; e++) {
    const x = a[e]!;
    const site = plan.sites[x];
    switch (type[e]) {
      case EV.SCHEDULE: {
        const kind = slots.kind[x];
        const timer = kind === SLOT.TIMER || kind === SLOT.INTERVAL || kind === SLOT.LAB_TIMER;
        const what = d.callback(x);
        if (kind === SLOT.MICROTASK) add(`hands over a ${what}`);
        else if (timer)
          add(`sets a ${what.replace(/^timer of /, "timer for ")} (${fmt(slots.delay[x]!)} ms)`);
        else if (kind === SLOT.FRAME) add(`requests an ${what}`);
        else if (kind === SLOT.LISTENER) add(`adds an ${what}`);
        else add(`hands over a ${what}`);
        break;
      }
      case EV.SUSPEND:
        add(
          site?.kind === "for await"
            ? `${d.fnName(site.fn)} waits for the next value of the for await loop at line ${site.line}`
            : `${d.fnName(site?.fn ?? 0)} awaits at line ${site?.line ?? "?"}: it gives the thread back`,
        );
        break;
      case EV.YSUSPEND:
        add(`${d.fnName(site?.fn ?? 0)} yields at line ${site?.line ?? "?"}`);
        break;
      case EV.DONE:
        add(`${d.fnName(x)} completes: its promise settles`);
        break;
      case EV.POST:
        add(`posts a message (line ${site?.line ?? "?"})`);
        break;
      case EV.SEND: {
        const r = raw.tasks[x];
        add(`lab posts ${d.task(r)} to ${r?.lane ?? "a worker"}`);
        break;
      }
      case EV.CLEAR:
        add(`clears the ${d.callback(x)}`);
        break;
    }
  }
  return more > 0 ? [...out, `… and ${more} more`] : out;
}
