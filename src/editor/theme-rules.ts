/** The parts of a VS Code / TextMate colour theme (as shiki ships them) that Monaco needs. */
export interface TextMateTheme {
  type?: string;
  colors?: Record<string, string>;
  tokenColors?: {
    scope?: string | string[];
    settings: { foreground?: string; fontStyle?: string };
  }[];
}

export interface MonacoThemeData {
  base: "vs" | "vs-dark";
  inherit: boolean;
  rules: { token: string; foreground?: string; fontStyle?: string }[];
  colors: Record<string, string>;
}

/**
 * Monaco's TypeScript grammar (Monarch) names its tokens `keyword.ts`, `string.ts`…; each is
 * coloured like the TextMate scope shiki gives the same text in the static code.
 */
const SCOPE_OF_TOKEN: Record<string, string> = {
  comment: "comment.line",
  "comment.doc": "comment.block.documentation",
  string: "string.quoted",
  "string.escape": "constant.character.escape",
  "string.invalid": "invalid.illegal",
  regexp: "string.regexp",
  number: "constant.numeric",
  keyword: "keyword.control",
  "type.identifier": "entity.name.type",
  identifier: "variable.other.readwrite",
  invalid: "invalid.illegal",
};

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * The settings of the most specific theme rule matching `scope`: a selector matches when it
 * equals the scope or is a dot-separated prefix of it. Selectors with a space (descendant
 * scopes) never match a lone scope and are skipped.
 */
export function settingsFor(theme: TextMateTheme, scope: string) {
  let best: { foreground?: string; fontStyle?: string } | undefined;
  let bestLength = -1;
  for (const rule of theme.tokenColors ?? []) {
    const selectors = typeof rule.scope === "string" ? rule.scope.split(",") : (rule.scope ?? []);
    for (const raw of selectors) {
      const selector = raw.trim();
      if (selector.includes(" ")) continue;
      const matches = scope === selector || scope.startsWith(`${selector}.`);
      // Later rules win ties, as in VS Code.
      if (matches && selector.length >= bestLength && rule.settings.foreground) {
        best = rule.settings;
        bestLength = selector.length;
      }
    }
  }
  return best;
}

/** A Monaco theme with the colours of a shiki (VS Code) theme. */
export function monacoThemeFrom(theme: TextMateTheme): MonacoThemeData {
  const rules = Object.entries(SCOPE_OF_TOKEN).flatMap(([token, scope]) => {
    const s = settingsFor(theme, scope);
    if (!s?.foreground) return [];
    return [
      {
        token,
        foreground: s.foreground.replace(/^#/, ""),
        ...(s.fontStyle ? { fontStyle: s.fontStyle } : {}),
      },
    ];
  });
  const colors = Object.fromEntries(
    Object.entries(theme.colors ?? {}).filter(([, value]) => HEX.test(value)),
  );
  return { base: theme.type === "dark" ? "vs-dark" : "vs", inherit: true, rules, colors };
}
