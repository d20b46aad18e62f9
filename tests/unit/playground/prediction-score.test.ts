import { describe, expect, it } from "vitest";
import {
  scoreNumber,
  scoreOrder,
  startingOrder,
} from "../../../src/islands/playground/prediction-score.ts";

describe("scoreNumber", () => {
  it("calls a guess within a quarter close", () => {
    expect(scoreNumber(400, 450)).toEqual({
      close: true,
      text: "you said 400 ms · measured 450 ms (close)",
    });
  });

  it("says how many times longer or shorter the measurement was", () => {
    expect(scoreNumber(400, 1210).text).toBe("you said 400 ms · measured 1,210 ms (3.0× longer)");
    expect(scoreNumber(1000, 250).text).toBe("you said 1,000 ms · measured 250 ms (4.0× shorter)");
    expect(scoreNumber(1000, 250).close).toBe(false);
  });

  it("never divides by a zero guess", () => {
    expect(scoreNumber(0, 0.4)).toEqual({
      close: true,
      text: "you said 0.0 ms · measured 0.4 ms (right)",
    });
    expect(scoreNumber(0, 52).close).toBe(false);
  });
});

describe("scoreOrder", () => {
  const output = ["sync 1", "microtask A", "sync 2", "timer B"];

  it("matches lines by a part of their text and reports the printed order", () => {
    expect(scoreOrder(["sync", "microtask", "timer"], output)).toEqual({
      right: true,
      printed: ["sync", "microtask", "timer"],
      missing: [],
      inPlace: 3,
    });
  });

  it("counts the lines in their predicted place and the ones never printed", () => {
    expect(scoreOrder(["timer", "microtask", "sync", "never"], output)).toEqual({
      right: false,
      printed: ["sync", "microtask", "timer"],
      missing: ["never"],
      inPlace: 1,
    });
  });
});

describe("startingOrder", () => {
  it("is deterministic, a permutation, and never the author's order", () => {
    const items = ["a", "b", "c"];
    for (const seed of ["order", "queues", "x", ""]) {
      const order = startingOrder(items, seed);
      expect(order.toSorted()).toEqual(items);
      expect(order).not.toEqual(items);
      expect(startingOrder(items, seed)).toEqual(order);
    }
  });
});
