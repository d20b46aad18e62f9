/** Turns logged values into text, like a terse browser console. Pure: no DOM, no clock. */
const MAX_STRING = 10_000;
const MAX_DEPTH = 3;
const MAX_ITEMS = 100;

export function formatArgs(args: readonly unknown[]): string {
  return args.map((a) => (typeof a === "string" ? truncate(a) : formatValue(a))).join(" ");
}

export function formatValue(value: unknown, depth = 0, seen: object[] = []): string {
  switch (typeof value) {
    case "string":
      return depth === 0 ? truncate(value) : JSON.stringify(truncate(value, 200));
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return value.toString();
    case "undefined":
      return "undefined";
    case "boolean":
      return String(value);
    case "function":
      return `[Function: ${value.name || "(anonymous)"}]`;
  }
  if (value === null) return "null";
  const obj = value as object;
  if (seen.includes(obj)) return "[Circular]";
  if (obj instanceof Error) return formatError(obj);
  if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? "Invalid Date" : obj.toISOString();
  if (obj instanceof RegExp) return String(obj);
  if (obj instanceof Promise) return "Promise { … }";
  const inner = [...seen, obj];
  const sub = (v: unknown) => formatValue(v, depth + 1, inner);
  if (Array.isArray(obj)) {
    if (depth >= MAX_DEPTH) return "[Array]";
    return bracket("[", "]", listed(obj, sub));
  }
  if (ArrayBuffer.isView(obj) && !(obj instanceof DataView)) {
    const arr = obj as unknown as ArrayLike<number | bigint> & { constructor: { name: string } };
    const items = Array.from({ length: Math.min(arr.length, MAX_ITEMS) }, (_, i) => sub(arr[i]));
    if (arr.length > MAX_ITEMS) items.push(`… ${arr.length - MAX_ITEMS} more`);
    return `${arr.constructor.name}(${arr.length}) ${bracket("[", "]", items)}`;
  }
  if (obj instanceof ArrayBuffer) return `ArrayBuffer { byteLength: ${obj.byteLength} }`;
  if (typeof SharedArrayBuffer !== "undefined" && obj instanceof SharedArrayBuffer) {
    return `SharedArrayBuffer { byteLength: ${obj.byteLength} }`;
  }
  if (obj instanceof Map) {
    if (depth >= MAX_DEPTH) return `Map(${obj.size}) {…}`;
    const entries = listed([...obj], ([k, v]) => `${sub(k)} => ${sub(v)}`);
    return `Map(${obj.size}) ${bracket("{", "}", entries)}`;
  }
  if (obj instanceof Set) {
    if (depth >= MAX_DEPTH) return `Set(${obj.size}) {…}`;
    return `Set(${obj.size}) ${bracket("{", "}", listed([...obj], sub))}`;
  }
  const name = constructorName(obj);
  if (depth >= MAX_DEPTH) return name ? `[${name}]` : "[Object]";
  const entries = listed(Object.entries(obj), ([k, v]) => `${propertyKey(k)}: ${sub(v)}`);
  return (name ? `${name} ` : "") + bracket("{", "}", entries);
}

function formatError(e: Error): string {
  return `${e.name}: ${e.message}`;
}

function listed<T>(items: readonly T[], f: (item: T) => string): string[] {
  const out = items.slice(0, MAX_ITEMS).map(f);
  if (items.length > MAX_ITEMS) out.push(`… ${items.length - MAX_ITEMS} more`);
  return out;
}

function bracket(open: string, close: string, items: string[]): string {
  if (items.length === 0) return open + close;
  const one = `${open} ${items.join(", ")} ${close}`;
  if (one.length <= 72 && !one.includes("\n")) return one;
  return `${open}\n${items.map((i) => "  " + i.replaceAll("\n", "\n  ")).join(",\n")}\n${close}`;
}

function constructorName(obj: object): string {
  const proto = Object.getPrototypeOf(obj) as { constructor?: { name?: string } } | null;
  const name = proto?.constructor?.name;
  return proto === null ? "[Object: null prototype]" : name && name !== "Object" ? name : "";
}

function propertyKey(k: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k);
}

function truncate(s: string, max = MAX_STRING): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`;
}

/** `console.table`: rows are array items or object entries; columns their keys. */
export function formatTable(data: unknown, columns?: readonly string[]): string {
  if (data === null || typeof data !== "object") return formatValue(data);
  const rows: [unknown, unknown][] = (
    data instanceof Map ? [...(data as Map<unknown, unknown>)] : Object.entries(data)
  ).slice(0, MAX_ITEMS);
  const keys: string[] = [];
  let hasValues = false;
  for (const [, row] of rows) {
    if (row !== null && typeof row === "object") {
      for (const k of Object.keys(row)) if (!keys.includes(k)) keys.push(k);
    } else hasValues = true;
  }
  const cols = columns ? [...columns] : keys;
  const header = ["(index)", ...cols, ...(hasValues ? ["Values"] : [])];
  const body = rows.map(([index, row]) => {
    const isObj = row !== null && typeof row === "object";
    const cells = cols.map((c) =>
      isObj && c in row ? cell((row as Record<string, unknown>)[c]) : "",
    );
    return [String(index), ...cells, ...(hasValues ? [isObj ? "" : cell(row)] : [])];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (l: string, m: string, r: string) =>
    l + widths.map((w) => "─".repeat(w + 2)).join(m) + r;
  const row = (cells: string[]) =>
    "│" + cells.map((c, i) => ` ${c.padEnd(widths[i]!)} `).join("│") + "│";
  return [
    line("┌", "┬", "┐"),
    row(header),
    line("├", "┼", "┤"),
    ...body.map(row),
    line("└", "┴", "┘"),
  ].join("\n");
}

function cell(v: unknown): string {
  return formatValue(v, 1).replaceAll("\n", " ").slice(0, 40);
}
