// The worker's whole program: answer "ping", fail on "fail", hang on "hang".
import type { Command } from "./shared.ts";

self.onmessage = (event: MessageEvent<Command>) => {
  if (event.data === "fail") throw new Error("bad input");
  if (event.data === "hang") for (;;) {}
  self.postMessage("pong");
};
