/**
 * The smallest reasonable pre-spawned worker pool: a FIFO queue, one task per idle worker.
 * It is the yardstick for the runtime's own pool, which also traces, logs and checks tasks.
 */
interface Job {
  id: number;
  src: string;
  args: unknown[];
  resolve: (v: unknown) => void;
}

export interface HandPool {
  map(src: string, items: unknown[]): Promise<unknown[]>;
  close(): void;
}

export function createHandPool(size: number): HandPool {
  const queue: Job[] = [];
  const pending = new Map<number, Job>();
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  let ids = 0;
  const pump = () => {
    while (idle.length > 0 && queue.length > 0) {
      const job = queue.shift()!;
      pending.set(job.id, job);
      idle.pop()!.postMessage({ id: job.id, src: job.src, args: job.args });
    }
  };
  for (let i = 0; i < size; i++) {
    const w = new Worker(new URL("./hand-worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<{ id: number; value: unknown }>) => {
      const job = pending.get(e.data.id)!;
      pending.delete(e.data.id);
      idle.push(w);
      job.resolve(e.data.value);
      pump();
    };
    workers.push(w);
    idle.push(w);
  }
  return {
    map(src, items) {
      const all = items.map(
        (item) =>
          new Promise<unknown>((resolve) => {
            queue.push({ id: ++ids, src, args: [item], resolve });
          }),
      );
      pump();
      return Promise.all(all);
    },
    close() {
      workers.forEach((w) => w.terminate());
    },
  };
}
