/** Marks values to move (not copy) to or from a worker; see `transfer` in lab.d.ts. */
export class Transfer<T = unknown> {
  readonly value: T;
  readonly list: Transferable[];
  constructor(value: T, list: Transferable[]) {
    this.value = value;
    this.list = list;
  }
}

export function unwrapTransfer(v: unknown): { value: unknown; list: Transferable[] } {
  return v instanceof Transfer ? { value: v.value, list: v.list } : { value: v, list: [] };
}
