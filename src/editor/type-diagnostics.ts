import type { EditorDiagnostic } from "./types.ts";

/** A TypeScript diagnostic as the language service worker sends it (no source file object). */
export interface TsDiagnostic {
  start?: number;
  length?: number;
  /** 0 warning, 1 error, 2 suggestion, 3 message. */
  category: number;
  code: number;
  messageText: string | TsMessageChain;
}

export interface TsMessageChain {
  messageText: string;
  next?: TsMessageChain[];
}

/** A message and its chain of explanations, indented as `tsc` prints them. */
export function flattenMessage(message: string | TsMessageChain, depth = 0): string {
  if (typeof message === "string") return message;
  const own = `${"  ".repeat(depth)}${message.messageText}`;
  return [own, ...(message.next ?? []).map((m) => flattenMessage(m, depth + 1))].join("\n");
}

/** 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: before.length - lineStart + 1 };
}

/** The errors (not suggestions) among TypeScript's diagnostics, in source order. */
export function typeErrors(text: string, diagnostics: readonly TsDiagnostic[]): EditorDiagnostic[] {
  return diagnostics
    .filter((d) => d.category === 1)
    .map((d) => ({
      ...positionAt(text, d.start ?? 0),
      message: `${flattenMessage(d.messageText)} (TS${d.code})`,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
