// Two deposits of 10 into one balance. One thread, no parallelism at all,
// and yet an update can be lost. Compare the two main-thread modes.
import { map, sleep } from "lab";

let balance = 100;

await map(
  async (amount: number) => {
    const seen = balance; // read
    await sleep(10); // other tasks may run while we wait
    balance = seen + amount; // write back what we read, plus ours
  },
  [10, 10],
);

console.log(`balance: ${balance} (expected 120)`);
