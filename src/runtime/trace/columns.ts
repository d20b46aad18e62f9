/**
 * Growable typed arrays for the recorder: an event or a step is a few numbers written into
 * preallocated memory, so recording allocates nothing per event and reads the clock only
 * once per step (a clock read costs more than the rest of an event).
 */
export class Columns<
  T extends Record<string, Uint8ArrayConstructor | Int32ArrayConstructor | Float64ArrayConstructor>,
> {
  count = 0;
  #capacity: number;
  readonly #types: T;
  cols: { [K in keyof T]: InstanceType<T[K]> };

  constructor(types: T, capacity = 1024) {
    this.#types = types;
    this.#capacity = capacity;
    this.cols = this.#allocate(capacity);
  }

  /** Index of a new row (its cells are zero); grows the arrays when full. */
  add(): number {
    if (this.count === this.#capacity) {
      this.#capacity *= 2;
      const next = this.#allocate(this.#capacity);
      for (const k of Object.keys(next) as (keyof T)[])
        (next[k] as unknown as { set(a: ArrayLike<number>): void }).set(this.cols[k]);
      this.cols = next;
    }
    return this.count++;
  }

  /** The filled part of every column. */
  filled(): { [K in keyof T]: InstanceType<T[K]> } {
    const out = {} as { [K in keyof T]: InstanceType<T[K]> };
    for (const k of Object.keys(this.cols) as (keyof T)[])
      out[k] = (this.cols[k] as unknown as { subarray(a: number, b: number): unknown }).subarray(
        0,
        this.count,
      ) as InstanceType<T[typeof k]>;
    return out;
  }

  #allocate(n: number): { [K in keyof T]: InstanceType<T[K]> } {
    const out = {} as { [K in keyof T]: InstanceType<T[K]> };
    for (const k of Object.keys(this.#types) as (keyof T)[])
      out[k] = new this.#types[k]!(n) as InstanceType<T[typeof k]>;
    return out;
  }
}
