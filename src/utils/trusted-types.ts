/**
 * Trusted Types (https://w3c.github.io/trusted-types/dist/spec/): a page served with
 * `Content-Security-Policy: require-trusted-types-for 'script'` refuses a plain string at every HTML sink
 * (`innerHTML`, `DOMParser.parseFromString`). The kit's markup reaches those sinks through one policy,
 * named `gradio-kit`, that the page allows with `trusted-types gradio-kit`. The policy itself lets its input
 * through: it is reachable only from this module, and this module is called only with markup the kit has
 * already made safe (the sanitizer's output, escaped text, highlighter output over escaped text) and by the
 * sanitizer itself for the copy it parses. Pages without Trusted Types get the plain string back.
 */

/** The name a page's `trusted-types` directive must list. */
export const trustedTypesPolicyName = 'gradio-kit';

/** The subset of a Trusted Types policy the kit uses (DOMPurify's `TRUSTED_TYPES_POLICY` takes it as is). */
export interface KitPolicy {
  createHTML(html: string): TrustedHTMLLike;
  createScriptURL(url: string): unknown;
}

/** A `TrustedHTML` (opaque; its `toString()` is the markup). */
export interface TrustedHTMLLike {
  toString(): string;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(html: string): string; createScriptURL(url: string): string }): KitPolicy;
}

let policy: KitPolicy | null | undefined;

/** The script URLs the kit built itself (BokehJS from the embedder's template), the only ones the policy makes. */
const kitScriptUrls = new Set<string>();

/**
 * The `gradio-kit` policy, created on first use; `null` where the browser has no Trusted Types or the page's
 * CSP does not allow the name.
 */
export function kitPolicy(): KitPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy = null;
  if (!factory || typeof factory.createPolicy !== 'function') return policy;
  try {
    policy = factory.createPolicy(trustedTypesPolicyName, {
      createHTML: (html) => html,
      // The sanitizer forbids every element whose attribute takes a script URL: the only script URLs made are
      // the ones the kit built itself, from the embedder's own template (see `trustedScriptUrl`).
      createScriptURL: (url) => (kitScriptUrls.has(url) ? url : ''),
    });
  } catch {
    // The page's `trusted-types` directive does not list the name: the browser reports that violation
    // itself (naming "gradio-kit"), and HTML sinks then refuse the kit's markup.
  }
  return policy;
}

/**
 * Markup the kit made safe, for an HTML sink (`innerHTML={trustedHtml(sanitizeHtml(value))}`): a
 * `TrustedHTML` where the page enforces Trusted Types, else the string itself. Typed as a string because
 * JSX's `innerHTML` is; use the result only as a sink's value, never as text.
 */
export function trustedHtml(safeMarkup: string): string {
  const active = kitPolicy();
  if (!active) return safeMarkup;
  // The same object for the same markup: Stencil rewrites `innerHTML` only when its value changes (`!==`).
  let trusted = recent.get(safeMarkup);
  if (trusted === undefined) {
    trusted = active.createHTML(safeMarkup);
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  } else recent.delete(safeMarkup);
  recent.set(safeMarkup, trusted);
  return trusted as unknown as string;
}

const RECENT_LIMIT = 256;
/** The last markups made trusted, oldest first. */
const recent = new Map<string, TrustedHTMLLike>();

/**
 * A script URL the kit built itself from a template the embedder set (BokehJS of the server's version), for
 * `script.src` on a page that enforces Trusted Types; `null` when the page does not allow the kit's policy.
 */
export function trustedScriptUrl(url: string): unknown {
  const active = kitPolicy();
  if (!active) return null;
  kitScriptUrls.add(url);
  return active.createScriptURL(url);
}
