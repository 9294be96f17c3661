/**
 * Selector work on theme CSS: the dark selectors of a scope, and re-scoping a server's `/theme.css` by its
 * selectors alone. Pure string work, no DOM, no imports: an embed that applies a server's theme as it comes
 * needs only this (`./css.ts` parses and writes theme CSS).
 */

/** Splits a comma-separated selector list at its top-level commas. */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

/**
 * The selectors of a scope's dark block: the scope itself carrying class `dark`, and any element with class
 * `dark` inside it (the same two cases as Gradio's `:root.dark, :root .dark`).
 *
 * @example darkSelector('#app') // '#app.dark, #app .dark'
 * @example darkSelector(':host') // ':host(.dark), :host .dark'
 */
export function darkSelector(scope: string): string {
  return splitSelectorList(scope)
    .flatMap((selector) => {
      const host = /^:host(?:\((.*)\))?$/.exec(selector);
      const self = host ? `:host(${host[1] ?? ''}.dark)` : `${selector}.dark`;
      return [self, `${selector} .dark`];
    })
    .join(', ');
}

/** The dark block's selectors as Gradio writes them: `:root .dark` (5.x), `:root.dark, :root .dark` (6.x), `.dark`. */
const darkPrelude = /^(?::root\s*)?\.dark$|^:root\.dark\s*,\s*:root\s+\.dark$/;

/**
 * Re-scopes a server's `/theme.css` onto another selector by its selectors alone: the dark block's become
 * {@link darkSelector}(scope), and every other `:root` becomes `scope`. Unlike `rescopeThemeCss` (`./css.ts`),
 * nothing is parsed: the lines that are not variables stay (they set nothing a theme reads), and rules a theme
 * appends apply inside the scope as Gradio's page applies them. Its `@font-face` rules are dropped, as
 * `rescopeThemeCss` drops them: their URLs are relative to the server, not to the page. Smaller than parsing,
 * for an embed that applies the server's theme as it comes (`<gradio-app>`).
 *
 * @example rescopeRootSelectors(':root { --a: 1; }\n:root .dark { --a: 2; }', ':host') // ':host { --a: 1; }\n:host(.dark), :host .dark { --a: 2; }'
 */
export function rescopeRootSelectors(css: string, scope: string): string {
  // A prelude is what comes before a `{`, after the start, a `}`, a `{` (a rule in an at-rule) or a `;`.
  return css
    .replace(/@font-face\s*\{[^}]*\}/g, '')
    .replace(/(?<=^|[{};])([^{};]*)\{/g, (_match, prelude: string) => {
      const selector = prelude.trim();
      if (darkPrelude.test(selector)) return `${prelude.slice(0, prelude.indexOf(selector))}${darkSelector(scope)} {`;
      return `${prelude.replace(/:root\b/g, scope)}{`;
    });
}
