import { describe, expect, it } from "vitest";
import { createLab } from "../../../../src/runtime/lab/create-lab.ts";
import { simulatedResponse } from "../../../../src/runtime/lab/simulated-network.ts";
import { compileInNode, createNodeRuntime } from "../../../../src/runtime/node.ts";

const runtime = createNodeRuntime();

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
    const s = await runtime.run(
      { code, mode: "serial", workers: 1 },
      { onLog: (l) => lines.push(...l.map((x) => x.text)) },
    ).promise;
    expect(s.status).toBe("finished");
    const { bytes } = simulatedResponse("https://example.com/a.json");
    expect(lines).toEqual([
      `200 ${bytes} true`,
      "TypeError: simulatedFetch: https://x.invalid/ did not answer (simulated network error)",
    ]);
  });

  it("honours an AbortSignal as fetch does: rejects with its reason and clears the timer", async () => {
    const code = await compileInNode(
      [
        'import { simulatedFetch, sleep } from "lab";',
        "const c = new AbortController();",
        "setTimeout(() => c.abort(), 20);",
        "try {",
        '  await simulatedFetch("https://example.com/slow", { signal: c.signal });',
        "} catch (e) {",
        "  console.log((e as DOMException).name);",
        "}",
        "try {",
        '  await sleep(1000, { signal: AbortSignal.abort(new Error("gave up")) });',
        "} catch (e) {",
        "  console.log(String(e));",
        "}",
        "",
      ].join("\n"),
    );
    if (!code.ok) throw new Error(JSON.stringify(code.diagnostics));
    const lines: string[] = [];
    const s = await runtime.run(
      { code, mode: "serial", workers: 1 },
      { onLog: (l) => lines.push(...l.map((x) => x.text)) },
    ).promise;
    expect(s.status).toBe("finished");
    expect(lines).toEqual(["AbortError", "Error: gave up"]);
  });

  it("clears the pending timer when aborted", async () => {
    const live = new Set<number>();
    let ids = 0;
    const lab = createLab({
      thread: "main",
      mode: "serial",
      now: () => 0,
      setTimeout: () => (live.add(++ids), ids),
      clearTimeout: (id) => live.delete(id as number),
      tick: () => {},
      map: () => Promise.resolve([]),
      createPool: () => {
        throw new Error("not in this test");
      },
    });
    const c = new AbortController();
    const pending = (lab.simulatedFetch as (u: string, o: object) => Promise<unknown>)(
      "https://example.com/x",
      { signal: c.signal },
    );
    expect(live.size).toBe(1);
    c.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(live.size).toBe(0);
  });
});
