import { createWorkerHandler } from "../../../src/runtime/worker/handler.ts";
import type { FromWorker, ToWorker } from "../../../src/runtime/pool/protocol.ts";

/**
 * A pool worker run in this Node process: the real message handler behind a Worker-shaped
 * object. Messages are structured-cloned and delivered on a later task, as between threads.
 */
export class InProcessWorker {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly received: ToWorker[] = [];
  readonly #handler = createWorkerHandler((msg) => {
    const copy = structuredClone(msg);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: copy } as MessageEvent<FromWorker>);
    });
  });

  postMessage(msg: ToWorker, transfer: Transferable[] = []): void {
    const copy = structuredClone(msg, { transfer });
    this.received.push(copy);
    setTimeout(() => {
      if (!this.terminated) this.#handler.onMessage(copy);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}
