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
