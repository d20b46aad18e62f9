/**
 * The `lab` module: helpers for experimenting with concurrency in a playground.
 * Import what you need: `import { map, sleep, now } from "lab";`
 * Every helper works on the main thread and inside worker tasks.
 */

/** How `map` runs tasks: `"serial"` one after another on the main thread, `"concurrent"` all started at once on the main thread, `"pool"` spread over Web Workers. */
export type Mode = "serial" | "concurrent" | "pool";

/** Per-call overrides for {@link map}. */
export interface MapOptions {
  /** Run this call in another mode than the one chosen for the playground. */
  on?: Mode;
  /** Pool size for this call (pool mode only). */
  workers?: number;
  /**
   * Most items one message to a worker carries (pool mode only), like `chunksize` in Python's
   * `Pool.map`. By default a function's tasks travel in small batches once they prove quick
   * (under 1 ms each); `1` sends every item in a message of its own.
   */
  chunksize?: number;
}

/** A fixed-size group of workers, like Python's `concurrent.futures` executor. */
export interface Pool {
  /** Number of workers in this pool. */
  readonly size: number;
  /** Runs `fn(...args)` on a free worker; resolves with its result. */
  submit<A extends unknown[], R>(
    fn: (...args: A) => R | Promise<R>,
    ...args: A
  ): Promise<Awaited<R>>;
  /** Like {@link map}, always on this pool's workers. */
  map<T, R>(
    fn: (item: T, index: number) => R | Promise<R>,
    items: Iterable<T>,
  ): Promise<Awaited<R>[]>;
  /** Refuses further tasks; tasks already submitted still finish. */
  close(): void;
}

/** What {@link simulatedFetch} resolves with. Nothing is downloaded: it is a stand-in for the network. */
export interface SimulatedResponse {
  url: string;
  /** Pretend size of the body, 20–600 kB, always the same for the same URL. */
  bytes: number;
  /** Pretend latency, 50–400 ms, always the same for the same URL. */
  ms: number;
  status: number;
}

/** A value marked to be moved to or from a worker instead of copied; see {@link transfer}. */
export interface Transferred<T> {
  readonly value: T;
}

/** Milliseconds since this run started, on one clock shared by the main thread and every worker. */
export function now(): number;

/** Which thread the code is running on: `"main"` or `"worker-1"` … `"worker-N"`. */
export function threadName(): string;

/** Options of {@link sleep} and {@link simulatedFetch}. */
export interface WaitOptions {
  /** Cancels the wait: the promise rejects with `signal.reason` (an `AbortError` `DOMException` by default), as `fetch` does. */
  signal?: AbortSignal;
}

/** Waits `ms` milliseconds without blocking the thread: a stand-in for I/O. Other tasks keep running meanwhile. */
export function sleep(ms: number, options?: WaitOptions): Promise<void>;

/**
 * Busy-waits `ms` milliseconds, blocking the thread: a stand-in for CPU work. Nothing else runs on this thread meanwhile.
 * It counts wall-clock time, not work done: with more busy threads than cores, each still returns after `ms`,
 * so it overstates what a pool gains. Measure parallel speedups with a fixed amount of real work (a counting loop).
 */
export function spin(ms: number): void;

/**
 * A simulated download: no request leaves the browser. Latency (50–400 ms) and size
 * (20–600 kB) are derived from a hash of the URL, so the same URL behaves the same on every
 * thread and every visit. URLs containing `down` or `.invalid` fail: after 1 s the promise
 * rejects with a `TypeError`, as a real `fetch` does on a network error. Pass `{ signal }`
 * to cancel it: it then rejects with the signal's reason, as `fetch` does.
 */
export function simulatedFetch(url: string, options?: WaitOptions): Promise<SimulatedResponse>;

/**
 * Calls `fn(item, index)` for every item and resolves with the results in input order.
 * How it runs depends on the playground's mode ({@link mode}), or `options.on`:
 * - `"serial"`: on the main thread, each awaited before the next starts;
 * - `"concurrent"`: on the main thread, all started at once;
 * - `"pool"`: on Web Workers (`options.workers` of them, default one per core).
 *
 * In pool mode `fn` is sent to the workers as source text and its arguments are copied
 * (structured clone; a `SharedArrayBuffer` is shared). So `fn` may use its parameters,
 * JavaScript and browser globals and `lab` helpers, but not variables of the surrounding code:
 * pass those in the items instead.
 */
export function map<T, R>(
  fn: (item: T, index: number) => R | Promise<R>,
  items: Iterable<T>,
  options?: MapOptions,
): Promise<Awaited<R>[]>;

/** A pool of `size` workers (default: the playground's worker count) for `submit`-style work. */
export function createPool(size?: number): Pool;

/** Number of logical CPU cores the browser reports (`navigator.hardwareConcurrency`). */
export function hardwareConcurrency(): number;

/** Whether the page is cross-origin isolated, which `SharedArrayBuffer` and `Atomics.wait` need. */
export function isolated(): boolean;

/**
 * Marks `value` so the listed objects (e.g. `ArrayBuffer`s) are moved to the worker (or back,
 * when a task returns it) instead of copied. After the move the sender's buffer is empty.
 * Use it for a task argument or a task's return value.
 */
export function transfer<T>(value: T, transferables: Transferable[]): Transferred<T>;

/** The mode the reader chose for this run. */
export function mode(): Mode;
