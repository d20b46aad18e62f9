import { compileInNode, createNodeRuntime } from "./src/runtime/node.ts";
import { recordedProgram, createRecording, buildSteps } from "./src/runtime/trace/tools.ts";
const src = process.argv[2] === "x" ? `import { sleep } from "lab";
const log = (letter: string) => console.log(letter);
async function task() {
  log("A");
  await Promise.resolve();
  log("B");
}
setTimeout(() => log("C"), 0);
void Promise.resolve().then(() => log("D"));
void task();
log("E");
queueMicrotask(() => log("F"));
await sleep(20);
` : `import { map, sleep } from "lab";
let depth = 0;
function tick() { depth++; console.log("T" + depth); if (depth < 8) setTimeout(tick, 0); }
setTimeout(tick, 0);
const r = await map(async (x: number) => { console.log("in", x); await sleep(5); return x * 2; }, [1, 2]);
console.log(r);
for await (const v of [1, 2]) { console.log("v", v); break; }
`;
const c = await compileInNode(src);
if (!c.ok) throw 1;
const p = recordedProgram(c);
if ("error" in p) throw 2;
const rec = createRecording(p.plan);
const rt = createNodeRuntime();
const r = await rt.run({ code: p.code, mode: process.argv[3] === "serial" ? "serial" : "concurrent", workers: 1, recording: rec }).promise;
console.log(r.status);
const run = buildSteps(rec.trace()!);
for (const s of run.steps) console.log(s.index, s.kind.padEnd(9), s.thread, s.title, s.line ?? "", "→", s.logs.map((l) => l.text).join(" "), s.note ?? "");
console.log(run.notes);
for (const i of [0, 1, 2]) console.log(JSON.stringify(run.detail(i)));
