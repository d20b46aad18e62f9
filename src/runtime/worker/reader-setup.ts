/// <reference lib="webworker" />
/**
 * Runs first in every worker a reader's program starts, before the reader's modules: gives
 * them their `console` (lines go to the page, labelled there), counted timers, the stop flag
 * their loops check, and tells the page when the worker has nothing left to do.
 */
import { CONTEXT_GLOBAL, type ModuleContext } from "../compile/module-text.ts";
import { createRunConsole } from "../lab/console.ts";
import {
  BEAT_MS,
  READER_CONFIG,
  READER_MARK,
  sharedBytes,
  type ReaderConfig,
  type ReaderMessage,
} from "./reader-protocol.ts";
import { WorkerHalt } from "./halt.ts";
import { timeHandlers } from "./reader-handlers.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope & Record<string, unknown>;
const config = scope[READER_CONFIG] as ReaderConfig;
const nativePost = scope.postMessage.bind(scope);
const nativeClose = scope.close.bind(scope);
const nativeSetTimeout = scope.setTimeout.bind(scope);
const nativeClearTimeout = scope.clearTimeout.bind(scope);
const nativeSetInterval = scope.setInterval.bind(scope);
const nativeClearInterval = scope.clearInterval.bind(scope);
const send = (message: ReaderMessage) => nativePost({ [READER_MARK]: message });

const shared =
  typeof SharedArrayBuffer === "function" && crossOriginIsolated
    ? new SharedArrayBuffer(sharedBytes())
    : undefined;
const stop = shared ? new Int32Array(shared, 0, 1) : new Int32Array(1);
send({ kind: "hello", shared });
let received = 0;
let sent = 0;
// Registered before any of the reader's code (and untimed), so it sees every message first.
scope.addEventListener("message", () => received++);
let errors = 0;
scope.addEventListener("error", () => errors++);
const clock = () => performance.timeOrigin + performance.now() - config.origin;
const handlers = timeHandlers(scope, clock, shared);

scope.postMessage = ((message: unknown, options?: unknown) => {
  sent++;
  nativePost(message, options as StructuredSerializeOptions);
}) as typeof scope.postMessage;
scope.close = () => {
  send({ kind: "closed" });
  nativeClose();
};

let logged = 0;
const MAX_LINES = 2000;
// Each line goes at once: a worker stuck in a loop after logging must still show the line.
const console = createRunConsole((level, text) => {
  // A runaway logging loop must not flood the page: past the cap, lines are dropped here.
  if (++logged > MAX_LINES) return;
  send({ kind: "log", lines: [{ t: clock(), level, text }] });
});

const pending = new Set<number>();
const timers = {
  setTimeout(fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) {
    const id = nativeSetTimeout(() => {
      pending.delete(id);
      fn(...args);
    }, ms);
    pending.add(id);
    return id;
  },
  clearTimeout(id?: number) {
    if (id !== undefined) pending.delete(id);
    nativeClearTimeout(id);
  },
  setInterval(fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) {
    const id = nativeSetInterval(fn, ms, ...args);
    pending.add(id);
    return id;
  },
  clearInterval(id?: number) {
    if (id !== undefined) pending.delete(id);
    nativeClearInterval(id);
  },
};

const context: ModuleContext = {
  console,
  ...timers,
  scheduler: scope["scheduler"],
  Worker: scope.Worker,
  __stop: stop,
  __Halt: WorkerHalt,
  __import: () => {
    throw new Error('"lab" is available in main.ts and the files it imports, not in a worker');
  },
};
scope[CONTEXT_GLOBAL] = () => context;

scope.addEventListener("unhandledrejection", (event) => {
  const reason = event.reason as unknown;
  const message = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  send({ kind: "rejection", message, stack: reason instanceof Error ? (reason.stack ?? "") : "" });
});

// A beat fires only when the worker's event loop is free: busy code delays it.
const beat = () => {
  send({ kind: "beat", received, sent, timers: pending.size, errors, handled: handlers.pending });
  handlers.pending = [];
  nativeSetTimeout(beat, BEAT_MS);
};
nativeSetTimeout(beat, 0);
