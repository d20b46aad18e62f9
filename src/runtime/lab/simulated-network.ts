import { hash53 } from "../hash.ts";

/** Latency and size of a simulated download, derived only from the URL. */
export function simulatedResponse(url: string): { ms: number; bytes: number; reachable: boolean } {
  const h = hash53(url);
  const reachable = !/down|\.invalid/.test(url);
  return {
    ms: reachable ? 50 + (h % 351) : 1000,
    bytes: 20_000 + (Math.floor(h / 351) % 580_001),
    reachable,
  };
}
