/**
 * Helpers of the Hugging Face buttons (`gr-login-button`, `gr-duplicate-button`, `gr-deep-link-button`):
 * where an app lives, and the links those buttons make. Pure functions: no DOM, no server.
 */
import { type FileData, fileUrl } from './file-data';
import { safeMediaUrl } from './media-url';

/** An app root URL with exactly one trailing slash, or `null` for nothing usable (not http(s)). */
export function normalizeRoot(root: string | null | undefined): string | null {
  const safe = safeMediaUrl(root ?? undefined);
  if (!safe || !/^https?:\/\//i.test(safe)) return null;
  return `${safe.replace(/\/+$/, '')}/`;
}

/**
 * The app's root guessed from a file URL the server made (`{root}/gradio_api/file=...` on 5.x and 6.x, as the
 * LoginButton's icon is): what comes before `/gradio_api/`. `null` when the URL has no such part.
 */
export function rootFromFileUrl(file: string | FileData | null | undefined): string | null {
  const url = fileUrl(file);
  if (!url) return null;
  const at = url.indexOf('/gradio_api/');
  return at > 0 ? normalizeRoot(url.slice(0, at)) : null;
}

/**
 * The OAuth route of a Gradio app (spec protocol.md §8.4): `login/huggingface` or `logout` at the app's root,
 * coming back to the app's first page. With no root: root-relative, as Gradio's own page does.
 */
export function oauthUrl(root: string | null, action: 'login' | 'logout'): string {
  const route = action === 'login' ? 'login/huggingface' : 'logout';
  return `${root ?? '/'}${route}?_target_url=/`;
}

/** A Hugging Face Space id (`owner/name`), or `null` when `value` is not one. */
export function spaceIdOf(value: string | null | undefined): string | null {
  return typeof value === 'string' && /^[\w.-]+\/[\w.-]+$/.test(value.trim()) ? value.trim() : null;
}

/** The page where the Hub duplicates a Space. */
export function duplicateUrl(spaceId: string): string {
  return `https://huggingface.co/spaces/${spaceId}?duplicate=true`;
}

/**
 * The user name shown in a logged-in LoginButton's text, read back through its `logout_value` pattern
 * (`"Logout ({})"` and `"Logout (ada)"` give `"ada"`); `null` when the text is not the pattern's.
 */
export function loggedInUser(value: string, logoutValue: string): string | null {
  const parts = logoutValue.split('{}');
  if (parts.length !== 2) return null;
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${literal(parts[0])}(.+)${literal(parts[1])}$`).exec(value);
  return match ? match[1] : null;
}

/** Where a link opens: in a new tab when it leaves the page's origin (an embed must not be navigated away). */
export function targetFor(href: string, base: string): '_self' | '_blank' {
  try {
    return new URL(href, base).origin === new URL(base).origin ? '_self' : '_blank';
  } catch {
    return '_blank';
  }
}

/**
 * Produces the key of a deep link to the user's current session state (`GET {root}/gradio_api/deep_link`, spec
 * protocol.md §10.12): `<gradio-app>` can hand one to `gr-deep-link-button` as its `deepLink` property.
 * Resolves `""` when the server has nothing to save; rejects with a message fit for the user.
 */
export type DeepLinkFunction = () => Promise<string>;

/** A page URL with the `deep_link` query set (or left out for an empty key). */
export function withDeepLink(pageUrl: string, key: string): string {
  const url = new URL(pageUrl);
  if (key) url.searchParams.set('deep_link', key);
  else url.searchParams.delete('deep_link');
  return url.toString();
}
