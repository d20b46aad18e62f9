// What a reader's own worker (a multi-file program's `new Worker(new URL("./worker.ts", …))`)
// costs against the same worker with no runtime: start-up and a message round trip, in
// interleaved rounds on one page, so the ratio is measured side by side.
import type { Page } from "playwright-core";
import { compileProgramInNode } from "../src/runtime/node.ts";
import { spread, type Spread } from "./event-loop.ts";

const WORKER = `self.onmessage = (event) => self.postMessage(event.data);\nself.postMessage("ready");\n`;

// The reader's program: start 4 workers one after another, then 200 round trips to the first.
const MAIN = `import { now } from "lab";
const next = (w: Worker) => new Promise((r) => w.addEventListener("message", (e) => r(e.data), { once: true }));
const starts: number[] = [];
const workers: Worker[] = [];
for (let i = 0; i < 4; i++) {
  const t0 = now();
  const w = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  await next(w);
  starts.push(now() - t0);
  workers.push(w);
}
const t0 = now();
for (let i = 0; i < 200; i++) { workers[0]!.postMessage(i); await next(workers[0]!); }
export const tripUs = ((now() - t0) / 200) * 1000;
export const startMs = starts.sort((a, b) => a - b)[1]! / 2 + starts[2]! / 2;
for (const w of workers) w.terminate();
`;

export interface ReaderWorkerFigures {
  startMs: { ours: Spread; plain: Spread; ratio: Spread };
  tripUs: { ours: Spread; plain: Spread; ratio: Spread };
}

export async function measureReaderWorkers(
  page: Page,
  rounds: number,
): Promise<ReaderWorkerFigures> {
  const program = await compileProgramInNode({
    entry: "main.ts",
    files: { "main.ts": MAIN, "worker.ts": WORKER },
  });
  if (!program.ok) throw new Error(JSON.stringify(program.diagnostics));
  const samples = {
    oursStart: [] as number[],
    plainStart: [] as number[],
    oursTrip: [] as number[],
    plainTrip: [] as number[],
  };
  for (let i = 0; i < rounds; i++) {
    const r = await page.evaluate(
      async ({ program, worker }) => {
        const next = (w: Worker) =>
          new Promise((r) => w.addEventListener("message", (e) => r(e.data), { once: true }));
        const url = URL.createObjectURL(new Blob([worker], { type: "text/javascript" }));
        const starts: number[] = [];
        const workers: Worker[] = [];
        for (let i = 0; i < 4; i++) {
          const t0 = performance.now();
          const w = new Worker(url, { type: "module" });
          await next(w);
          starts.push(performance.now() - t0);
          workers.push(w);
        }
        const t0 = performance.now();
        for (let i = 0; i < 200; i++) {
          workers[0]!.postMessage(i);
          await next(workers[0]!);
        }
        const plainTrip = ((performance.now() - t0) / 200) * 1000;
        for (const w of workers) w.terminate();
        starts.sort((a, b) => a - b);
        const plainStart = (starts[1]! + starts[2]!) / 2;
        const { runtime } = (
          window as unknown as { looplab: { runtime: import("../src/runtime/index.ts").Runtime } }
        ).looplab;
        const result = await runtime.run({ program, mode: "serial", workers: 1, id: "bench-rw" })
          .promise;
        if (result.status !== "finished") throw new Error(JSON.stringify(result));
        return {
          plainStart,
          plainTrip,
          oursStart: result.exports["startMs"] as number,
          oursTrip: result.exports["tripUs"] as number,
        };
      },
      { program, worker: WORKER },
    );
    samples.oursStart.push(r.oursStart);
    samples.plainStart.push(r.plainStart);
    samples.oursTrip.push(r.oursTrip);
    samples.plainTrip.push(r.plainTrip);
  }
  const ratios = (a: number[], b: number[]) => spread(a.map((x, i) => x / b[i]!));
  return {
    startMs: {
      ours: spread(samples.oursStart),
      plain: spread(samples.plainStart),
      ratio: ratios(samples.oursStart, samples.plainStart),
    },
    tripUs: {
      ours: spread(samples.oursTrip),
      plain: spread(samples.plainTrip),
      ratio: ratios(samples.oursTrip, samples.plainTrip),
    },
  };
}

export function printReaderWorkers(f: ReaderWorkerFigures, log: (s: string) => void): void {
  const s = (x: Spread, d = 1) =>
    `${x.median.toFixed(d)} (${x.min.toFixed(d)}–${x.max.toFixed(d)})`;
  log("A reader's worker (multi-file program) vs the same worker with no runtime, interleaved:");
  log(
    `  start-up, ms:        ours ${s(f.startMs.ours)}  plain ${s(f.startMs.plain)}  ours/plain ${s(f.startMs.ratio, 2)}`,
  );
  log(
    `  round trip, µs:      ours ${s(f.tripUs.ours)}  plain ${s(f.tripUs.plain)}  ours/plain ${s(f.tripUs.ratio, 2)}`,
  );
}
