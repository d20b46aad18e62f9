import { codeRegions, inRegions, lineAt } from "./code-regions.ts";

/** An attribute of a JSX opening tag, with its exact place in the source. */
export interface JsxAttribute {
  /** Empty for a spread (`{...props}`). */
  name: string;
  kind: "string" | "expression" | "bare" | "spread";
  /** The string's content, or the expression's source without its braces. */
  value: string;
  start: number;
  end: number;
}

export interface JsxTag {
  name: string;
  /** Offset of `<`. */
  start: number;
  /** Offset just after the tag name, where attributes can be inserted. */
  nameEnd: number;
  /** Offset just after `>`. */
  end: number;
  line: number;
  attributes: JsxAttribute[];
}

/**
 * Opening tags of the given components in an MDX source, outside code and
 * frontmatter. Attribute values may span lines and hold any expression, e.g.
 * `expect={[{ mode: "pool", vs: "serial", min: 1.5 }]}`.
 */
export function findTags(source: string, names: readonly string[]): JsxTag[] {
  const skip = codeRegions(source);
  const pattern = new RegExp(`<(${names.join("|")})(?=[\\s/>])`, "g");
  const tags: JsxTag[] = [];
  for (const match of source.matchAll(pattern)) {
    if (inRegions(skip, match.index)) continue;
    const nameEnd = match.index + match[0].length;
    const parsed = parseAttributes(source, nameEnd);
    if (!parsed) continue;
    tags.push({
      name: match[1] ?? "",
      start: match.index,
      nameEnd,
      end: parsed.end,
      line: lineAt(source, match.index),
      attributes: parsed.attributes,
    });
  }
  return tags;
}

/** The attribute called `name`, if the tag has one. */
export function attribute(tag: JsxTag, name: string): JsxAttribute | undefined {
  return tag.attributes.find((a) => a.name === name);
}

function parseAttributes(
  source: string,
  from: number,
): { attributes: JsxAttribute[]; end: number } | undefined {
  const attributes: JsxAttribute[] = [];
  let i = from;
  for (;;) {
    while (/\s/.test(source[i] ?? "")) i++;
    if (i >= source.length) return undefined;
    if (source.startsWith("/>", i)) return { attributes, end: i + 2 };
    if (source[i] === ">") return { attributes, end: i + 1 };
    const start = i;
    if (source[i] === "{") {
      const end = skipExpression(source, i);
      attributes.push({
        name: "",
        kind: "spread",
        value: source.slice(i + 1, end - 1),
        start,
        end,
      });
      i = end;
      continue;
    }
    const name = /[A-Za-z_$][\w$:.-]*/y;
    name.lastIndex = i;
    const found = name.exec(source)?.[0];
    if (!found) return undefined;
    i += found.length;
    let j = i;
    while (/\s/.test(source[j] ?? "")) j++;
    if (source[j] !== "=") {
      attributes.push({ name: found, kind: "bare", value: "", start, end: i });
      continue;
    }
    j++;
    while (/\s/.test(source[j] ?? "")) j++;
    const quote = source[j];
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, j + 1);
      if (close === -1) return undefined;
      attributes.push({
        name: found,
        kind: "string",
        value: source.slice(j + 1, close),
        start,
        end: close + 1,
      });
      i = close + 1;
    } else if (quote === "{") {
      const end = skipExpression(source, j);
      attributes.push({
        name: found,
        kind: "expression",
        value: source.slice(j + 1, end - 1),
        start,
        end,
      });
      i = end;
    } else {
      return undefined;
    }
  }
}

/** Offset just after the `}` that closes the `{` at `open`, skipping strings and comments. */
function skipExpression(source: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < source.length) {
    const c = source[i];
    if (c === '"' || c === "'") {
      i = skipString(source, i, c);
      continue;
    }
    if (c === "`") {
      i = skipTemplate(source, i);
      continue;
    }
    if (source.startsWith("//", i)) {
      const nl = source.indexOf("\n", i);
      i = nl === -1 ? source.length : nl;
      continue;
    }
    if (source.startsWith("/*", i)) {
      const close = source.indexOf("*/", i + 2);
      i = close === -1 ? source.length : close + 2;
      continue;
    }
    if (c === "{") depth++;
    if (c === "}" && --depth === 0) return i + 1;
    i++;
  }
  return source.length;
}

function skipString(source: string, open: number, quote: string): number {
  let i = open + 1;
  while (i < source.length && source[i] !== quote) i += source[i] === "\\" ? 2 : 1;
  return i + 1;
}

function skipTemplate(source: string, open: number): number {
  let i = open + 1;
  while (i < source.length && source[i] !== "`") {
    if (source[i] === "\\") i += 2;
    else if (source.startsWith("${", i)) i = skipExpression(source, i + 1);
    else i++;
  }
  return i + 1;
}
