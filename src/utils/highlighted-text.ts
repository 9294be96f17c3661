/**
 * Data helpers of `gr-highlighted-text`: Gradio's token list, its palette and score colours.
 */

/** One piece of text and its class (a label), its confidence (a number) or `null` (not highlighted). */
export interface HighlightedToken {
  token: string;
  class_or_confidence: string | number | null;
}

/** Background (light) and tag (strong) colour of a category. */
export interface ColorPair {
  primary: string;
  secondary: string;
}

/** Gradio's named palette (Tailwind 600/100, yellow and lime 500/100), in the order new categories take it. */
export const NAMED_COLORS: Record<string, ColorPair> = {
  red: { primary: '#dc2626', secondary: '#fee2e2' },
  green: { primary: '#16a34a', secondary: '#dcfce7' },
  blue: { primary: '#2563eb', secondary: '#dbeafe' },
  yellow: { primary: '#eab308', secondary: '#fef9c3' },
  purple: { primary: '#9333ea', secondary: '#f3e8ff' },
  teal: { primary: '#0d9488', secondary: '#ccfbf1' },
  orange: { primary: '#ea580c', secondary: '#ffedd5' },
  cyan: { primary: '#0891b2', secondary: '#cffafe' },
  lime: { primary: '#84cc16', secondary: '#ecfccb' },
  pink: { primary: '#db2777', secondary: '#fce7f3' },
};
const ORDER = Object.keys(NAMED_COLORS);

const isTransparent = (color: string) => {
  const c = color.toLowerCase().trim();
  return c === 'transparent' || (c.length === 9 && c.startsWith('#') && c.endsWith('00'));
};

/**
 * Normalises a value to Gradio's token list: accepts `{token, class_or_confidence}` dicts and the older
 * `[text, label]` pairs; anything else is dropped.
 */
export function normalizeTokens(value: unknown): HighlightedToken[] {
  if (!Array.isArray(value)) return [];
  const tokens: HighlightedToken[] = [];
  for (const item of value) {
    if (Array.isArray(item) && item.length >= 1) {
      tokens.push({ token: String(item[0] ?? ''), class_or_confidence: classOf(item[1]) });
    } else if (item && typeof item === 'object' && 'token' in item) {
      const entry = item as { token: unknown; class_or_confidence?: unknown };
      tokens.push({ token: String(entry.token ?? ''), class_or_confidence: classOf(entry.class_or_confidence) });
    }
  }
  return tokens;
}

function classOf(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : String(value);
}

/** Merges neighbouring tokens of the same class (Gradio's `combine_adjacent`), joined by `separator`. */
export function combineAdjacent(tokens: HighlightedToken[], separator: string): HighlightedToken[] {
  const merged: HighlightedToken[] = [];
  for (const token of tokens) {
    const last = merged[merged.length - 1];
    if (last && last.class_or_confidence === token.class_or_confidence) {
      last.token += (last.class_or_confidence === null ? '' : separator) + token.token;
    } else {
      merged.push({ ...token });
    }
  }
  return merged;
}

/** `true` when the tokens carry confidences (numbers) rather than categories. */
export function isScoreMode(tokens: HighlightedToken[]): boolean {
  const first = tokens.find((t) => t.class_or_confidence !== null);
  return typeof first?.class_or_confidence === 'number';
}

/** Colours per category: `color_map` entries (palette names or any CSS colour), then the palette in order. */
export function categoryColors(tokens: HighlightedToken[], colorMap: Record<string, string> | null): Record<string, ColorPair> {
  const source: Record<string, string> = { ...(colorMap && typeof colorMap === 'object' ? colorMap : {}) };
  for (const { class_or_confidence: cls } of tokens) {
    if (typeof cls === 'string' && !(cls in source)) source[cls] = ORDER[Object.keys(source).length % ORDER.length];
  }
  const result: Record<string, ColorPair> = {};
  for (const [name, raw] of Object.entries(source)) {
    const color = String(raw).trim();
    if (color in NAMED_COLORS) result[name] = NAMED_COLORS[color];
    else if (isTransparent(color)) result[name] = { primary: 'transparent', secondary: 'transparent' };
    else result[name] = { primary: color, secondary: `color-mix(in srgb, ${color} 50%, transparent)` };
  }
  return result;
}

/** Background for a confidence in [-1, 1]: purple for negative, red for positive, opacity = |score|. */
export function scoreColor(score: number | null): string | undefined {
  if (score === null || Number.isNaN(score)) return undefined;
  const alpha = Math.min(Math.abs(score), 1);
  return score < 0 ? `rgba(128, 90, 213, ${alpha})` : `rgba(239, 68, 60, ${alpha})`;
}

/** `black` or `white`, whichever reads better on a `#rrggbb` colour (white for other colour syntaxes). */
export function readableTextOn(color: string | undefined): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!match) return 'white';
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = Number.parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black (L + 0.05) / 0.05 against white 1.05 / (L + 0.05).
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? 'black' : 'white';
}
