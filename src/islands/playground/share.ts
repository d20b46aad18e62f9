import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";

/**
 * Share links carry the code in the fragment, so it never reaches a server:
 * `<lesson url>#<playground id>:<lz-string compressToEncodedURIComponent(code)>`.
 */
export function shareUrl(pageUrl: string, id: string, code: string): string {
  const url = new URL(pageUrl);
  url.hash = `${id}:${compressToEncodedURIComponent(code)}`;
  return url.href;
}

/** The shared code for playground `id` in a URL fragment, if there is any. */
export function sharedCodeFor(hash: string, id: string): string | undefined {
  const prefix = `#${id}:`;
  if (!hash.startsWith(prefix)) return undefined;
  const code = decompressFromEncodedURIComponent(hash.slice(prefix.length));
  return code ? code : undefined;
}

/**
 * A link carrying every file of a multi-file playground:
 * `#<id>:<lz-string compressToEncodedURIComponent of JSON {"files": {"main.ts": "…", …}}>`.
 */
export function shareFilesUrl(
  pageUrl: string,
  id: string,
  files: Readonly<Record<string, string>>,
): string {
  return shareUrl(pageUrl, id, JSON.stringify({ files }));
}

/**
 * The files a link shares with playground `id`, keeping only `names` (the playground's own
 * files): undefined when there is no link for it or it is damaged.
 */
export function sharedFilesFor(
  hash: string,
  id: string,
  names: readonly string[],
): Record<string, string> | undefined {
  const text = sharedCodeFor(hash, id);
  let shared: unknown;
  try {
    shared = text === undefined ? undefined : (JSON.parse(text) as { files?: unknown }).files;
  } catch {
    return undefined;
  }
  if (typeof shared !== "object" || shared === null) return undefined;
  const files: Record<string, string> = {};
  for (const name of names) {
    const value = (shared as Record<string, unknown>)[name];
    if (typeof value === "string") files[name] = value;
  }
  return Object.keys(files).length ? files : undefined;
}
