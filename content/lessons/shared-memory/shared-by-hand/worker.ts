// Each worker's whole program: count in both cells of the shared buffer it is
// sent, then say it is done.
interface Job {
  buffer: SharedArrayBuffer;
  times: number;
  workers: number;
}

self.onmessage = (event: MessageEvent<Job>) => {
  const { buffer, times, workers } = event.data;
  const cells = new Int32Array(buffer); // a view of the main thread's bytes, not of a copy
  Atomics.add(cells, 2, 1); // check in, then wait (at most 2 s) for the other one to start
  const giveUp = Date.now() + 2000;
  while (Atomics.load(cells, 2) < workers && Date.now() < giveUp);
  for (let i = 0; i < times; i++) cells[0]!++; // read, add, write
  for (let i = 0; i < times; i++) Atomics.add(cells, 1, 1); // one indivisible step
  console.log(`counted to ${times} in each cell`);
  self.postMessage("done");
};
