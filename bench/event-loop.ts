// What recording costs (the Event loop view), measured on the fixture page in headless
// Chromium: plain and recorded runs of the same compiled code, interleaved round by round.
import type { Page } from "playwright-core";
import { compileInNode, type Compiled } from "../src/runtime/node.ts";
import { lessonExamples } from "./event-loop-examples.ts";
import { measureRecordingInPage, type RecordingRound } from "./event-loop-page.ts";

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface EventLoopFigures {
  /** µs each recorded event adds: an await loop, a then-chain. */
  awaitUsPerEvent: Spread;
  thenUsPerEvent: Spread;
  /** Recorded / plain wall time per lesson example (median of its rounds). */
  examples: { name: string; ratio: number; plainMs: number; recordedMs: number; events: number }[];
}

const N = 5000;
const MICRO = {
  awaits: `import { now } from "lab";\nconst t0 = now();\nfor (let i = 0; i < ${N}; i++) await null;\nexport const ms = now() - t0;\n`,
  thens: `import { now } from "lab";\nconst t0 = now();\nlet p: Promise<unknown> = Promise.resolve();\nfor (let i = 0; i < ${N}; i++) p = p.then(() => i);\nawait p;\nexport const ms = now() - t0;\n`,
};

async function compile(source: string): Promise<Compiled> {
  const c = await compileInNode(source);
  if (!c.ok) throw new Error(JSON.stringify(c.diagnostics));
  return c;
}

export function spread(xs: number[]): Spread {
  const s = xs.toSorted((a, b) => a - b);
  return { median: s[s.length >> 1]!, min: s[0]!, max: s[s.length - 1]! };
}

export async function measureEventLoop(
  page: Page,
  baseUrl: string,
  rounds: { micro: number; examples: number },
): Promise<EventLoopFigures> {
  await page.goto(`${baseUrl}/fixtures/runtime/`);
  await page.waitForFunction(() => "looplab" in window);
  const micro = { awaits: await compile(MICRO.awaits), thens: await compile(MICRO.thens) };
  const examples = await Promise.all(
    lessonExamples().map(async (e) => ({ ...e, code: await compile(e.source) })),
  );
  const perEvent = (rs: RecordingRound[]) =>
    spread(rs.map((r) => ((r.recordedMs - r.plainMs) * 1000) / r.events));
  const microRounds = await page.evaluate(measureRecordingInPage, {
    items: [
      { name: "awaits", code: micro.awaits, mode: "serial" as const, inner: true },
      { name: "thens", code: micro.thens, mode: "serial" as const, inner: true },
    ],
    rounds: rounds.micro,
  });
  const exampleRounds = await page.evaluate(measureRecordingInPage, {
    items: examples.map((e) => ({
      name: e.name,
      code: e.code,
      mode: e.mode,
      inner: false,
      ...(e.workers ? { workers: e.workers } : {}),
      ...(e.budgetMs ? { budgetMs: e.budgetMs } : {}),
    })),
    rounds: rounds.examples,
  });
  return {
    awaitUsPerEvent: perEvent(microRounds["awaits"]!),
    thenUsPerEvent: perEvent(microRounds["thens"]!),
    examples: examples.map((e) => {
      const rs = exampleRounds[e.name]!;
      const plainMs = spread(rs.map((r) => r.plainMs)).median;
      const recordedMs = spread(rs.map((r) => r.recordedMs)).median;
      return {
        name: e.name,
        ratio: recordedMs / plainMs,
        plainMs,
        recordedMs,
        events: Math.max(...rs.map((r) => r.events)),
      };
    }),
  };
}
