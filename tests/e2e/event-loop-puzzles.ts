/**
 * Ordering puzzles for the Event loop view: each logs labels, and `kinds` says in which kind
 * of step each label must be logged (labels p1…p9 always come from the reference promise
 * chain, so they are microtasks). `order` is the order the specs give; `allowed` lists every
 * order the spec permits where it leaves the order open.
 */
export interface Puzzle {
  name: string;
  code: string;
  kinds: Record<string, "script" | "task" | "microtask" | "render">;
  order?: string;
  allowed?: string[];
}

/** A promise chain of n then-callbacks logging p<start>…, as a reference clock of microtask ticks. */
const chain = (n: number, start = 1) =>
  "Promise.resolve()" +
  Array.from({ length: n }, (_, i) => `.then(() => console.log("p${i + start}"))`).join("") +
  ";";

export const PUZZLES: Puzzle[] = [
  // 01
  {
    name: "sync, microtasks, then a task",
    code: `console.log("s1");
setTimeout(() => console.log("T1"), 0);
Promise.resolve().then(() => console.log("m1"));
queueMicrotask(() => console.log("m2"));
console.log("s2");`,
    kinds: { s1: "script", s2: "script", m1: "microtask", m2: "microtask", T1: "task" },
    order: "s1 s2 m1 m2 T1",
  },
  // 02
  {
    name: "lesson 2 exercise",
    code: `import { sleep } from "lab";
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
await sleep(20);`,
    kinds: { A: "script", B: "microtask", C: "task", D: "microtask", E: "script", F: "microtask" },
    order: "A E D B F C",
  },
  // 03
  {
    name: "nested awaits",
    code: `async function a() { console.log("a1"); await b(); console.log("a2"); }
async function b() { console.log("b1"); await null; console.log("b2"); }
void a();
${chain(4)}
console.log("s");`,
    kinds: { a1: "script", b1: "script", s: "script", b2: "microtask", a2: "microtask" },
    order: "a1 b1 s b2 p1 a2 p2 p3 p4",
  },
  // 04
  {
    name: "await of a non-promise",
    code: `void (async () => { console.log("x1"); await 42; console.log("x2"); await undefined; console.log("x3"); })();
${chain(3)}`,
    kinds: { x1: "script", x2: "microtask", x3: "microtask" },
    order: "x1 x2 p1 x3 p2 p3",
  },
  // 05
  {
    name: "await of a thenable",
    code: `const thenable = { then(resolve: (v: number) => void) { console.log("th"); resolve(1); } };
void (async () => { console.log("x1"); await thenable; console.log("x2"); })();
${chain(3)}
console.log("s");`,
    kinds: { x1: "script", s: "script", th: "microtask", x2: "microtask" },
    order: "x1 s th p1 x2 p2 p3",
  },
  // 06
  {
    name: "thenable resolving from a timer",
    code: `setTimeout(() => console.log("T1"), 0);
const later = { then(res: (v: string) => void) { console.log("th"); setTimeout(() => res("late"), 0); } };
console.log("s");
const v = await later;
console.log("R", v);`,
    kinds: { s: "script", th: "microtask", T1: "task", R: "microtask" },
    order: "s th T1 R",
  },
  // 07
  {
    name: "async function returning a promise",
    code: `async function f() { return Promise.resolve("f"); }
async function g() { return "g"; }
void f().then((v) => console.log(v));
void g().then((v) => console.log(v));
${chain(3)}`,
    kinds: { f: "microtask", g: "microtask" },
    order: "g p1 p2 f p3",
  },
  // 08
  {
    name: "chains created inside microtasks",
    code: `void Promise.resolve().then(() => {
  console.log("m1");
  void Promise.resolve().then(() => console.log("m1a"));
  queueMicrotask(() => console.log("m1b"));
});
void Promise.resolve().then(() => console.log("m2"));
console.log("s");`,
    kinds: { s: "script", m1: "microtask", m1a: "microtask", m1b: "microtask", m2: "microtask" },
    order: "s m1 m2 m1a m1b",
  },
  // 09
  {
    name: "timer scheduled from a microtask",
    code: `setTimeout(() => console.log("T1"), 0);
void Promise.resolve().then(() => { console.log("m1"); setTimeout(() => console.log("T2"), 0); });
console.log("s");`,
    kinds: { s: "script", m1: "microtask", T1: "task", T2: "task" },
    order: "s m1 T1 T2",
  },
  // 10
  {
    name: "microtasks scheduled from a timer",
    code: `setTimeout(() => {
  console.log("T1");
  void Promise.resolve().then(() => console.log("m1"));
  queueMicrotask(() => console.log("m2"));
}, 0);
setTimeout(() => console.log("T2"), 0);`,
    kinds: { T1: "task", T2: "task", m1: "microtask", m2: "microtask" },
    order: "T1 m1 m2 T2",
  },
  // 11
  {
    name: "setInterval with microtasks",
    code: `let n = 0;
const id = setInterval(() => {
  n++;
  console.log("I" + n);
  void Promise.resolve().then(() => console.log("m" + n));
  if (n === 3) clearInterval(id);
}, 5);
setTimeout(() => console.log("T"), 0);`,
    kinds: {
      I1: "task",
      I2: "task",
      I3: "task",
      m1: "microtask",
      m2: "microtask",
      m3: "microtask",
      T: "task",
    },
    order: "T I1 m1 I2 m2 I3 m3",
  },
  // 12
  {
    name: "nested zero-delay timers",
    code: `let depth = 0;
function tick() { depth++; console.log("T" + depth); if (depth < 7) setTimeout(tick, 0); }
setTimeout(tick, 0);`,
    kinds: { T1: "task", T2: "task", T3: "task", T4: "task", T5: "task", T6: "task", T7: "task" },
    order: "T1 T2 T3 T4 T5 T6 T7",
  },
  // 13
  {
    name: "async generator and for await",
    code: `async function* gen() { console.log("g1"); yield 1; console.log("g2"); yield 2; console.log("g3"); }
void (async () => { for await (const v of gen()) console.log("v" + v); console.log("done"); })();
${chain(8)}
console.log("s");`,
    kinds: {
      g1: "script",
      s: "script",
      v1: "microtask",
      g2: "microtask",
      v2: "microtask",
      g3: "microtask",
      done: "microtask",
    },
  },
  // 14
  {
    name: "for await over a sync iterable",
    code: `void (async () => { for await (const v of [1, Promise.resolve(2)]) console.log("v" + v); console.log("done"); })();
${chain(8)}`,
    kinds: { v1: "microtask", v2: "microtask", done: "microtask" },
  },
  // 15
  {
    name: "async generator with queued next() calls",
    code: `async function* g() { console.log("g0"); const x = yield "A"; console.log("gx", x); yield "B"; }
const it = g();
void it.next().then((r) => console.log("n1", r.value));
void it.next("X").then((r) => console.log("n2", r.value));
console.log("s");`,
    kinds: { g0: "script", s: "script", gx: "microtask", n1: "microtask", n2: "microtask" },
  },
  // 16
  {
    name: "Promise.all",
    code: `void Promise.all([Promise.resolve(1), 2]).then(() => console.log("all"));
${chain(4)}`,
    kinds: { all: "microtask" },
    order: "p1 all p2 p3 p4",
  },
  // 17
  {
    name: "Promise.race",
    code: `void Promise.race([new Promise((r) => setTimeout(() => r("slow"), 10)), Promise.resolve("fast")]).then((v) => console.log("race", v));
${chain(3)}`,
    kinds: { race: "microtask" },
    order: "p1 race p2 p3",
  },
  // 18
  {
    name: "Promise.allSettled with a rejection",
    code: `void Promise.allSettled([Promise.reject(new Error("x")), Promise.resolve(1)]).then((r) => console.log("settled", r.map((x) => x.status).join()));
${chain(4)}`,
    kinds: { settled: "microtask" },
  },
  // 19
  {
    name: "Promise.any",
    code: `void Promise.any([Promise.reject(1), Promise.resolve(2), Promise.reject(3)]).then((v) => console.log("any", v));
void Promise.any([Promise.reject(1)]).catch((e) => console.log("anyerr", e.constructor.name));
${chain(4)}`,
    kinds: { any: "microtask", anyerr: "microtask" },
  },
  // 20
  {
    name: "await of a rejected promise, caught",
    code: `async function f() {
  try { await Promise.reject(new Error("boom")); console.log("never"); }
  catch { console.log("caught"); }
  console.log("after");
}
void f();
${chain(3)}`,
    kinds: { caught: "microtask", after: "microtask" },
    order: "caught after p1 p2 p3",
  },
  // 21
  {
    name: "async function that throws after an await",
    code: `async function f() { await null; throw new Error("bad"); }
f().catch((e: Error) => console.log("E", e.message));
${chain(3)}`,
    kinds: { E: "microtask" },
    order: "p1 E p2 p3",
  },
  // 22
  {
    name: "then callback returning a promise",
    code: `void Promise.resolve().then(() => { console.log("a"); return Promise.resolve(1); }).then(() => console.log("b"));
${chain(4)}`,
    kinds: { a: "microtask", b: "microtask" },
    order: "a p1 p2 p3 b p4",
  },
  // 23
  {
    name: "finally",
    code: `void Promise.resolve(1).finally(() => console.log("fin")).then(() => console.log("after"));
${chain(5)}`,
    kinds: { fin: "microtask", after: "microtask" },
  },
  // 24
  {
    name: "MessageChannel and a timer",
    code: `import { sleep } from "lab";
const ch = new MessageChannel();
ch.port1.onmessage = () => { console.log("msg"); ch.port1.close(); };
setTimeout(() => console.log("T"), 0);
ch.port2.postMessage(1);
void Promise.resolve().then(() => console.log("m"));
await sleep(30); // a message is no timer of the run: keep it alive until it came`,
    kinds: { msg: "task", T: "task", m: "microtask" },
    allowed: ["m msg T", "m T msg"],
  },
  // 25
  {
    name: "requestAnimationFrame and a timer",
    code: `import { sleep } from "lab";
requestAnimationFrame(() => { console.log("raf"); void Promise.resolve().then(() => console.log("rafm")); });
setTimeout(() => console.log("T"), 0);
await sleep(100); // a frame is no timer of the run: keep it alive until it came`,
    kinds: { raf: "render", rafm: "microtask", T: "task" },
    allowed: ["raf rafm T", "T raf rafm"],
  },
  // 26
  {
    name: "await inside a then callback",
    code: `void Promise.resolve().then(async () => { console.log("t1"); await null; console.log("t2"); queueMicrotask(() => console.log("q")); });
${chain(4)}`,
    kinds: { t1: "microtask", t2: "microtask", q: "microtask" },
  },
  // 27
  {
    name: "Promise.all over async map with lab.sleep",
    code: `import { sleep } from "lab";
const res = await Promise.all([30, 10, 20].map(async (ms) => { console.log("start" + ms); await sleep(ms); console.log("end" + ms); return ms; }));
console.log("all", res.join());`,
    kinds: {
      start30: "script",
      start10: "script",
      start20: "script",
      end10: "microtask",
      end20: "microtask",
      end30: "microtask",
      all: "microtask",
    },
    order: "start30 start10 start20 end10 end20 end30 all",
  },
  // 28
  {
    name: "lab.sleep(0) between two timers",
    code: `import { sleep } from "lab";
setTimeout(() => console.log("T1"), 0);
void sleep(0).then(() => console.log("S"));
setTimeout(() => console.log("T2"), 0);`,
    kinds: { T1: "task", S: "microtask", T2: "task" },
    order: "T1 S T2",
  },
  // 29
  {
    name: "Promise.resolve and resolve() with a thenable",
    code: `const th = { then(r: (v: number) => void) { console.log("th"); r(1); } };
void Promise.resolve(th).then(() => console.log("a"));
void new Promise((res) => { console.log("ex"); res(th); }).then(() => console.log("b"));
${chain(3)}
console.log("s");`,
    kinds: { th: "microtask", a: "microtask", b: "microtask", ex: "script", s: "script" },
  },
  // 30
  {
    name: "two async functions interleaving",
    code: `async function w(name: string) { console.log(name + "1"); await null; console.log(name + "2"); await null; console.log(name + "3"); }
void w("a"); void w("b"); console.log("s");`,
    kinds: {
      a1: "script",
      b1: "script",
      s: "script",
      a2: "microtask",
      b2: "microtask",
      a3: "microtask",
      b3: "microtask",
    },
    order: "a1 b1 s a2 b2 a3 b3",
  },
  // 31
  {
    name: "await in a loop against a chain",
    code: `void (async () => { for (let i = 1; i <= 3; i++) { await null; console.log("L" + i); } })();
${chain(3)}`,
    kinds: { L1: "microtask", L2: "microtask", L3: "microtask" },
    order: "L1 p1 L2 p2 L3 p3",
  },
  // 32
  {
    name: "async generator yielding a promise",
    code: `async function* g() { yield Promise.resolve("y1"); console.log("gmid"); yield "y2"; }
void (async () => { for await (const v of g()) console.log(v); })();
${chain(6)}`,
    kinds: { y1: "microtask", gmid: "microtask", y2: "microtask" },
  },
  // 33
  {
    name: "top-level await resumes the script",
    code: `void ${chain(1)}
console.log("before");
await null;
console.log("after");
void Promise.resolve().then(() => console.log("p2"));
await Promise.resolve();
console.log("end");`,
    kinds: { before: "script", after: "microtask", end: "microtask" },
    order: "before p1 after p2 end",
  },
  // 34
  {
    name: "throw in then, catch, then",
    code: `void Promise.resolve().then(() => { console.log("t"); throw new Error("x"); }).catch(() => console.log("c")).then(() => console.log("d"));
${chain(3)}`,
    kinds: { t: "microtask", c: "microtask", d: "microtask" },
    order: "t p1 c p2 d p3",
  },
  // 35
  {
    name: "executor, timer resolve, await",
    code: `const p = new Promise<string>((resolve) => { console.log("ex"); setTimeout(() => { console.log("T"); resolve("v"); }, 0); });
console.log("s");
console.log("got", await p);`,
    kinds: { ex: "script", s: "script", T: "task", got: "microtask" },
    order: "ex s T got",
  },
  // 36
  {
    name: "awaiting a lab promise that is already settled",
    code: `import { sleep } from "lab";
const slept = sleep(0);
await sleep(10);
void (async () => { await slept; console.log("A"); })();
${chain(3)}`,
    kinds: { A: "microtask" },
    order: "A p1 p2 p3",
  },
  // 37
  {
    name: "user catch around a rejected await in a loop",
    code: `async function f() {
  for (let i = 1; i <= 2; i++) {
    try { await Promise.reject(i); } catch (e) { console.log("c" + e); }
    console.log("n" + i);
  }
}
void f();
${chain(4)}`,
    kinds: { c1: "microtask", n1: "microtask", c2: "microtask", n2: "microtask" },
  },
  // 38
  {
    name: "break out of for await",
    code: `async function* g() { try { yield 1; yield 2; } finally { console.log("fin"); } }
void (async () => { for await (const v of g()) { console.log("v" + v); break; } console.log("out"); })();
${chain(6)}`,
    kinds: { v1: "microtask", fin: "microtask", out: "microtask" },
  },
  // 39
  {
    name: "await of an async call from a resumed function",
    code: `async function b() { console.log("b1"); await null; console.log("b2"); }
void (async () => { await null; console.log("r1"); await b(); console.log("r2"); })();
${chain(5)}`,
    kinds: { r1: "microtask", b1: "microtask", b2: "microtask", r2: "microtask" },
  },
  // 40
  {
    name: "rejected await that propagates",
    code: `async function f() { console.log("f"); await Promise.reject(new Error("r")); console.log("never"); }
f().catch(() => console.log("E"));
${chain(4)}`,
    kinds: { f: "script", E: "microtask" },
    order: "f p1 E p2 p3 p4",
  },
  // 41
  {
    name: "setTimeout inside an awaited async function, clamped chain",
    code: `import { sleep } from "lab";
async function step(i: number) { await sleep(0); console.log("s" + i); setTimeout(() => console.log("t" + i), 0); }
for (let i = 1; i <= 3; i++) await step(i);`,
    kinds: {
      s1: "microtask",
      s2: "microtask",
      s3: "microtask",
      t1: "task",
      t2: "task",
      t3: "task",
    },
  },
  // 42
  {
    name: "unhandled rejection from an await",
    code: `async function f() { await Promise.reject(new Error("u")); }
void f();
setTimeout(() => console.log("T"), 0);
${chain(2)}`,
    kinds: { T: "task" },
    order: "p1 p2 T",
  },
  // 43
  {
    name: "error after an await: stack line",
    code: `async function f() {
  await null;
  console.log("x");
  throw new Error("line 4");
}
await f();`,
    kinds: { x: "microtask" },
    order: "x",
  },

  // Beyond the research set: constructs the recorder has to see through.
  {
    name: "break out of for await over an array (no return method)",
    code: `void (async () => { for await (const v of [1, 2]) { console.log("v" + v); break; } console.log("out"); })();
${chain(5)}`,
    kinds: { v1: "microtask", out: "microtask" },
    order: "p1 v1 p2 out p3 p4 p5",
  },
  {
    name: "simulatedFetch resolves in a timer task",
    code: `import { simulatedFetch } from "lab";
const a = simulatedFetch("https://example.com/a");
setTimeout(() => console.log("T"), 0);
const r = await a;
console.log("got", r.status);`,
    kinds: { T: "task", got: "microtask" },
    order: "T got",
  },
  {
    name: "setInterval cleared from a microtask",
    code: `let n = 0;
const id = setInterval(() => {
  n++;
  console.log("I" + n);
  queueMicrotask(() => { console.log("q" + n); if (n === 2) clearInterval(id); });
}, 1);`,
    kinds: { I1: "task", q1: "microtask", I2: "task", q2: "microtask" },
    order: "I1 q1 I2 q2",
  },
  {
    name: "scheduler.postTask is a task",
    code: `import { sleep } from "lab";
void scheduler.postTask(() => console.log("posted"));
void Promise.resolve().then(() => console.log("m"));
console.log("s");
await sleep(30);`,
    kinds: { s: "script", m: "microtask", posted: "task" },
    order: "s m posted",
  },
  {
    name: "message listener added with addEventListener",
    code: `import { sleep } from "lab";
const ch = new MessageChannel();
const on = () => { console.log("msg"); ch.port1.removeEventListener("message", on); ch.port1.close(); };
ch.port1.addEventListener("message", on);
ch.port1.start();
ch.port2.postMessage(1);
console.log("s");
await sleep(30);`,
    kinds: { s: "script", msg: "task" },
    order: "s msg",
  },
];
