/** The fields of a Rolldown log that tell one warning from another. */
export interface BuildLog {
  code?: string | undefined;
  message: string;
  plugin?: string | undefined;
}

/**
 * Build warnings that are known, harmless and not the author's to act on.
 * Each is matched narrowly, so a new warning of the same kind still prints.
 */
export function isExpectedLog(log: BuildLog): boolean {
  // Astro marks every MDX module that propagates head content with this
  // directive; Rolldown warns that it does not keep unknown directives, and
  // Astro reads it before bundling. Open upstream: withastro/astro#18087.
  if (log.code === "MODULE_LEVEL_DIRECTIVE") {
    return log.message.includes('"use astro:head-inject"');
  }
  // workerpool's browser build names Node modules it only loads under Node;
  // only the benchmark's fixture page imports it, never a lesson page.
  if (log.message.includes("has been externalized for browser compatibility")) {
    return /imported by "[^"]*\/node_modules\/workerpool\//.test(log.message);
  }
  return false;
}
