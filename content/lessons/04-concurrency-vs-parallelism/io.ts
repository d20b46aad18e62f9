// Four "downloads". Each one waits 500 ms for a fake network and does
// almost no work of its own: the thread is idle while it waits.
import { map, now, sleep, threadName } from "lab";

async function download(id: number): Promise<number> {
  const start = now();
  console.log(`download ${id} starts on ${threadName()}`);
  await sleep(500); // the thread is free to do something else here
  console.log(`download ${id} done after ${Math.round(now() - start)} ms`);
  return id;
}

const t0 = now();
await map(download, [1, 2, 3, 4]);
console.log(`wall time: ${Math.round(now() - t0)} ms for 4 downloads`);
