/** How a measured figure compares with the reader's guess. */
export interface NumberScore {
  /** Within a quarter of the guess either way. */
  close: boolean;
  text: string;
}

const ms = (x: number) => `${x >= 100 ? Math.round(x).toLocaleString("en") : x.toFixed(1)} ms`;

/**
 * "You said 400 ms · measured 812 ms (2.0× longer)". A guess of 0 ms has no ratio: the text
 * says by how much the measurement is above it.
 */
export function scoreNumber(predicted: number, measured: number): NumberScore {
  const head = `you said ${ms(predicted)} · measured ${ms(measured)}`;
  if (predicted <= 0) {
    return { close: measured < 1, text: measured < 1 ? `${head} (right)` : head };
  }
  const ratio = measured / predicted;
  if (ratio >= 0.75 && ratio <= 1.25) return { close: true, text: `${head} (close)` };
  const times = ratio > 1 ? ratio : 1 / ratio;
  return {
    close: false,
    text: `${head} (${times.toFixed(1)}× ${ratio > 1 ? "longer" : "shorter"})`,
  };
}

/** The predicted order of output lines against the order the run printed them. */
export interface OrderScore {
  right: boolean;
  /** Lines in printed order; those never printed are left out. */
  printed: string[];
  missing: string[];
  inPlace: number;
}

/**
 * `lines` are texts the author chose (whole lines or a unique part of one); `output` the run's
 * lines in order. A line's place is where its first occurrence was printed.
 */
export function scoreOrder(predicted: readonly string[], output: readonly string[]): OrderScore {
  const at = new Map(predicted.map((p) => [p, output.findIndex((line) => line.includes(p))]));
  const printed = predicted.filter((p) => at.get(p)! >= 0).sort((a, b) => at.get(a)! - at.get(b)!);
  const missing = predicted.filter((p) => at.get(p)! < 0);
  const inPlace = predicted.filter((p, i) => printed[i] === p).length;
  return { right: missing.length === 0 && inPlace === predicted.length, printed, missing, inPlace };
}

/**
 * A deterministic starting order for the reader to rearrange, never the author's own (which is
 * usually the answer): a shuffle seeded by the playground id, rotated when it lands on it.
 */
export function startingOrder<T>(items: readonly T[], seed: string): T[] {
  let state = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
  const random = () => {
    state =
      Math.imul(state ^ (state >>> 15), 2246822507) ^ Math.imul(state ^ (state >>> 13), 3266489909);
    return ((state >>> 0) % 1_000_000) / 1_000_000;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  const same = out.every((x, i) => x === items[i]);
  return same && out.length > 1 ? [...out.slice(1), out[0]!] : out;
}
