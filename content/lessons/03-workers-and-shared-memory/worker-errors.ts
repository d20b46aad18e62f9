// A worker that throws, and a worker stuck in an endless loop.
import { sleep } from "lab";

// The worker's whole program: answer "ping", fail on "fail", hang on "hang".
const source = `
  self.onmessage = (event) => {
    if (event.data === "fail") throw new Error("bad input");
    if (event.data === "hang") for (;;) {}
    self.postMessage("pong");
  };
`;
const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));

function answer(worker: Worker, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(`no answer within ${ms} ms`), ms);
    worker.onmessage = (event: MessageEvent<string>) => {
      clearTimeout(timer);
      resolve(`answered "${event.data}"`);
    };
  });
}

// 1. An uncaught error in a worker arrives here as an "error" event.
const failing = new Worker(url);
const reported = new Promise<string>((resolve) => {
  failing.onerror = (event) => {
    event.preventDefault(); // handled here, so it is not also logged as uncaught
    resolve(event.message);
  };
});
failing.postMessage("fail");
console.log(`error event: ${await reported}`);
failing.postMessage("ping");
console.log(`after its error the worker ${await answer(failing, 500)}`);
failing.terminate();

// 2. A worker in an endless loop never gets back to its event loop.
const stuck = new Worker(url);
stuck.postMessage("hang");
stuck.postMessage("ping");
console.log(`the stuck worker: ${await answer(stuck, 300)}`);
stuck.terminate(); // stops its thread from outside, at once
await sleep(50);
console.log("terminated: the worker's thread is gone, and the main thread stayed free throughout");
URL.revokeObjectURL(url);
