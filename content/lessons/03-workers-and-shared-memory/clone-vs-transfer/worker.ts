// The worker replies with the size of what it received.
self.onmessage = (event: MessageEvent<ArrayBuffer>) => self.postMessage(event.data.byteLength);
