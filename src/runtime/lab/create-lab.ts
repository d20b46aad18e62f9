import type * as LabModule from "./lab.d.ts";
import type { Mode } from "../modes.ts";
import { hardwareConcurrency } from "./cores.ts";
import { simulatedResponse } from "./simulated-network.ts";
import { Transfer } from "./transfer.ts";

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

/** The `lab` module as lab.d.ts documents it: the object a snippet imports from. */
export type Lab = Pick<typeof LabModule, (typeof LAB_EXPORTS)[number]>;

/** What the lab helpers need from the thread and run they are used in. */
export interface LabEnv {
  thread: string;
  mode: Mode;
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** Called while spinning, so the main-thread budget also covers `spin`. */
  tick: () => void;
  map: Lab["map"];
  createPool: Lab["createPool"];
}

/** Options of `sleep` and `simulatedFetch`, as `fetch` takes them. */
export type WaitOptions = LabModule.WaitOptions;

export function createLab(env: LabEnv): Lab {
  // Like fetch: an aborted signal rejects with its reason (an AbortError DOMException
  // unless the caller gave another), and the pending timer is cleared.
  // https://fetch.spec.whatwg.org/#fetch-method
  const sleep = (ms: number, options: WaitOptions = {}) =>
    new Promise<void>((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as fetch: the reason, whatever it is
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        env.clearTimeout(id);
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as fetch: the reason, whatever it is
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
  // `satisfies` holds the implementation to the documented API: neither can drift.
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
    transfer: <T>(value: T, list: Transferable[]) => new Transfer(value, list),
  } satisfies Lab;
}
