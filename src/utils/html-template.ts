const PLACEHOLDER = /\$\{\s*([A-Za-z_$][\w$]*)\s*\}/g;

/**
 * Fills Gradio's `html_template` without evaluating it: only plain `${name}` placeholders are replaced, by
 * `value`, `label` or a key of `props`; anything else stays as written. (Gradio evaluates the template as a
 * JavaScript template literal; this kit never runs code from a config.)
 */
export function fillTemplate(template: string, scope: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(scope, name)) return whole;
    const value = scope[name];
    return value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}
