// Each worker's whole program: announce itself once at start-up, then answer
// every message with the same message.
self.onmessage = (event: MessageEvent<number>) => self.postMessage(event.data);
self.postMessage("ready");
