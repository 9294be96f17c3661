/**
 * Config props (snake_case, as Gradio sends them) to element props (camelCase), by one generic rule.
 */

/** `show_label` -> `showLabel`; `_selectable` -> `selectable`. */
export function camelCase(key: string): string {
  return key.replace(/^_+/, '').replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** Config props that mean nothing to an element (bookkeeping of the server). */
const serverOnly = new Set(['name', 'proxy_url', 'server_fns', 'component_class_id', 'key', 'render']);

/** Converts a props object, dropping server bookkeeping. Values pass untouched (wire format). */
export function elementProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (serverOnly.has(key)) continue;
    out[camelCase(key)] = value;
  }
  return out;
}
