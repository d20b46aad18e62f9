import { describe, expect, it } from "vitest";
import { simulatedResponse } from "../../../src/runtime/lab-core.ts";
import { compileInNode } from "../../../src/runtime/compile-node.ts";
import { runInNode } from "../../../src/runtime/run-node.ts";

describe("simulatedFetch", () => {
  it("derives latency and size from the URL alone", () => {
    const a = simulatedResponse("https://example.com/a.json");
    expect(simulatedResponse("https://example.com/a.json")).toEqual(a);
    expect(simulatedResponse("https://example.com/b.json")).not.toEqual(a);
    for (let i = 0; i < 200; i++) {
      const r = simulatedResponse(`https://example.com/${i}`);
      expect(r.ms).toBeGreaterThanOrEqual(50);
      expect(r.ms).toBeLessThanOrEqual(400);
      expect(r.bytes).toBeGreaterThanOrEqual(20_000);
      expect(r.bytes).toBeLessThanOrEqual(600_000);
      expect(r.reachable).toBe(true);
    }
    expect(simulatedResponse("https://down.example.com/").reachable).toBe(false);
    expect(simulatedResponse("https://api.invalid/x").reachable).toBe(false);
  });

  it("resolves after its latency and rejects for unreachable hosts", async () => {
    const code = await compileInNode(
      'import { simulatedFetch, now } from "lab";\nconst r = await simulatedFetch("https://example.com/a.json");\nconsole.log(r.status, r.bytes, Math.abs(now() - r.ms) < 40);\ntry { await simulatedFetch("https://x.invalid/"); } catch (e) { console.log(String(e)); }\n',
    );
    if (!code.ok) throw new Error("compile");
    const lines: string[] = [];
    const s = await runInNode(
      { code, mode: "serial", workers: 1 },
      { onLog: (l) => lines.push(...l.map((x) => x.text)) },
    ).promise;
    expect(s.ok).toBe(true);
    const { bytes } = simulatedResponse("https://example.com/a.json");
    expect(lines).toEqual([
      `200 ${bytes} true`,
      "TypeError: simulatedFetch: https://x.invalid/ did not answer (simulated network error)",
    ]);
  });
});
