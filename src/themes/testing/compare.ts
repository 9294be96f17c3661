/**
 * Test support (not exported from the package): compares a theme of the engine with a real server's
 * `/theme.css`, variable by variable, light and dark, raw (`var()` text) and resolved.
 */
import { parseThemeCss, resolveThemeCss } from '../css';
import type { ColorMode } from '../errors';
import type { Theme } from '../theme';

/** Collapses runs of whitespace, so formatting differences do not count. */
export function normalizeCssValue(value: string | undefined): string | undefined {
  return value?.replace(/\s+/g, ' ').trim();
}

/** One difference between the engine and the server. */
export interface Mismatch {
  mode: ColorMode;
  kind: 'raw' | 'resolved' | 'missing' | 'extra';
  variable: string;
  server: string | undefined;
  ours: string | undefined;
}

/**
 * Every difference between `theme` and a server's theme CSS: variables missing or extra, raw values
 * (references as `var()`), and resolved values. Empty when they agree.
 */
export function compareWithServerCss(theme: Theme, serverCss: string): Mismatch[] {
  const compiled = theme.compile(':root');
  const server = parseThemeCss(serverCss);
  const ours = parseThemeCss(compiled.css);
  const serverResolved = resolveThemeCss(serverCss);
  const mismatches: Mismatch[] = [];
  for (const mode of ['light', 'dark'] as const) {
    for (const variable of new Set([...server[mode].keys(), ...ours[mode].keys()])) {
      const serverRaw = normalizeCssValue(server[mode].get(variable));
      const ourRaw = normalizeCssValue(ours[mode].get(variable));
      const kind = serverRaw === undefined ? 'extra' : ourRaw === undefined ? 'missing' : 'raw';
      if (serverRaw !== ourRaw) mismatches.push({ mode, kind, variable, server: serverRaw, ours: ourRaw });
      const serverValue = normalizeCssValue(serverResolved[mode][variable]);
      const ourValue = normalizeCssValue(compiled[mode][variable]);
      if (kind === 'raw' && serverValue !== ourValue) {
        mismatches.push({ mode, kind: 'resolved', variable, server: serverValue, ours: ourValue });
      }
    }
  }
  return mismatches;
}
