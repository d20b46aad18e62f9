// Runs inside the Event loop fixture page (passed to page.evaluate), so it must not import anything.
import type { Compiled, EventLoopTools, Mode, Runtime } from "../src/runtime/index.ts";

export interface RecordingItem {
  name: string;
  code: Compiled;
  mode: Mode;
  /** Time the run by the `ms` it exports (its own loop), not by its wall time. */
  inner: boolean;
  workers?: number;
  budgetMs?: number;
}

export interface RecordingRound {
  plainMs: number;
  recordedMs: number;
  events: number;
}

/**
 * Each item plain and recorded, `rounds` times, interleaved: every round runs every item
 * once each way, and alternates which way goes first, so drift on a busy machine falls on
 * both alike.
 */
export async function measureRecordingInPage(args: {
  items: RecordingItem[];
  rounds: number;
}): Promise<Record<string, RecordingRound[]>> {
  const w = window as unknown as {
    looplab: { runtime: Runtime; loadEventLoop: () => Promise<EventLoopTools> };
  };
  const { runtime } = w.looplab;
  const tools = await w.looplab.loadEventLoop();
  const out: Record<string, RecordingRound[]> = {};
  const once = async (item: RecordingItem, recorded: boolean) => {
    const base = {
      mode: item.mode,
      workers: item.workers ?? 2,
      budgetMs: item.budgetMs ?? 60_000,
      id: `bench-${recorded ? "r" : "p"}`,
    };
    let events = 0;
    let result: Awaited<ReturnType<Runtime["run"]>["promise"]>;
    if (recorded) {
      const program = tools.recordedProgram(item.code);
      if ("error" in program) throw new Error(program.error);
      const recording = tools.createRecording(program.plan);
      result = await runtime.run({ ...base, code: program.code, recording }).promise;
      events = recording.trace()?.events.count ?? 0;
    } else result = await runtime.run({ ...base, code: item.code }).promise;
    const inner = result.status === "finished" ? result.exports["ms"] : undefined;
    return { ms: item.inner && typeof inner === "number" ? inner : result.wallMs, events };
  };
  for (let round = 0; round < args.rounds; round++) {
    for (const item of args.items) {
      const recordedFirst = round % 2 === 1;
      const first = await once(item, recordedFirst);
      const second = await once(item, !recordedFirst);
      const [plain, recorded] = recordedFirst ? [second, first] : [first, second];
      (out[item.name] ??= []).push({
        plainMs: plain.ms,
        recordedMs: recorded.ms,
        events: recorded.events,
      });
    }
  }
  return out;
}
