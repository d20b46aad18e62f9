import { hash53 } from "./hash.ts";
import type { Mode } from "./types.ts";

/** Names a snippet may import from "lab"; the free-variable check allows them in tasks. */
export const LAB_EXPORTS = [
  "now",
  "threadName",
  "sleep",
  "spin",
  "simulatedFetch",
  "map",
  "createPool",
  "hardwareConcurrency",
  "isolated",
  "transfer",
  "mode",
] as const;

// Lab helpers take user values of any shape; lab.d.ts gives snippets the precise types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Lab = Record<(typeof LAB_EXPORTS)[number], (...args: any[]) => unknown>;

/** What the lab helpers need from the thread and run they are used in. */
export interface LabEnv {
  thread: string;
  mode: Mode;
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** Called while spinning, so the main-thread budget also covers `spin`. */
  tick: () => void;
  map: (
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    fn: (...a: any[]) => unknown,
    items: Iterable<unknown>,
    options?: MapOptions,
  ) => Promise<unknown[]>;
  createPool: (size?: number) => unknown;
}

export interface MapOptions {
  on?: Mode;
  workers?: number;
}

/** Marks values to move (not copy) to or from a worker; see `transfer` in lab.d.ts. */
export class Transfer<T = unknown> {
  readonly value: T;
  readonly list: Transferable[];
  constructor(value: T, list: Transferable[]) {
    this.value = value;
    this.list = list;
  }
}

export function unwrapTransfer(v: unknown): { value: unknown; list: Transferable[] } {
  return v instanceof Transfer ? { value: v.value, list: v.list } : { value: v, list: [] };
}

export function hardwareConcurrency(): number {
  return globalThis.navigator?.hardwareConcurrency || 4;
}

/** Latency and size of a simulated download, derived only from the URL. */
export function simulatedResponse(url: string): { ms: number; bytes: number; reachable: boolean } {
  const h = hash53(url);
  const reachable = !/down|\.invalid/.test(url);
  return {
    ms: reachable ? 50 + (h % 351) : 1000,
    bytes: 20_000 + (Math.floor(h / 351) % 580_001),
    reachable,
  };
}

/** Options of `sleep` and `simulatedFetch`, as `fetch` takes them. */
export interface WaitOptions {
  signal?: AbortSignal | undefined;
}

export function createLab(env: LabEnv): Lab {
  // Like fetch: an aborted signal rejects with its reason (an AbortError DOMException
  // unless the caller gave another), and the pending timer is cleared.
  // https://fetch.spec.whatwg.org/#fetch-method
  const sleep = (ms: number, options: WaitOptions = {}) =>
    new Promise<void>((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        env.clearTimeout(id);
        reject(signal?.reason);
      };
      const id = env.setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.max(0, +ms || 0),
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  return {
    now: env.now,
    threadName: () => env.thread,
    mode: () => env.mode,
    sleep,
    spin(ms: number) {
      const end = env.now() + ms;
      while (env.now() < end) env.tick();
    },
    async simulatedFetch(url: string, options: WaitOptions = {}) {
      const { ms, bytes, reachable } = simulatedResponse(String(url));
      await sleep(ms, options);
      if (!reachable)
        throw new TypeError(`simulatedFetch: ${url} did not answer (simulated network error)`);
      return { url: String(url), bytes, ms, status: 200 };
    },
    map: env.map,
    createPool: env.createPool,
    hardwareConcurrency,
    isolated: () => globalThis.crossOriginIsolated === true,
    transfer: (value: unknown, list: Transferable[]) => new Transfer(value, list),
  };
}
