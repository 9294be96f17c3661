/**
 * Gradio's Hugging Face buttons (`LoginButton`, `DeepLinkButton`, `DuplicateButton`) are plain `button`s in the
 * config (`name` `button`); what each does is client-side JavaScript that Gradio generates for its `click`
 * listener (`gradio/components/login_button.py`, `deep_link_button.py`, `duplicate_button.py`). That code
 * assumes the app is the page (`window.location`, a page-relative `fetch`, `window.__gradio_session_hash__`),
 * so it cannot work in an embed. The kit renders these buttons with its own elements, which do the job for
 * the embed; this module tells the buttons apart, and recognises the generated code so that the event engine
 * skips it (with or without `allow-js`).
 */
import type { ComponentConfig, DependencyConfig } from '../client/types';

/** Which Hugging Face button a config `button` is, and what its element needs to know. */
export type HubButtonRole = { tag: 'gr-duplicate-button'; spaceId: string } | { tag: 'gr-deep-link-button' } | { tag: 'gr-login-button' };

// The DuplicateButton's listener exists only on a Space, and names it: the one place the Space id is given.
const duplicateJs = /window\.open\(\s*`https:\/\/huggingface\.co\/spaces\/([\w.-]+\/[\w.-]+)\?duplicate=true`/;
// 6.x: `fetch(\`gradio_api/deep_link?session_hash=${sessionHash}\`)`.
const deepLinkJs = /fetch\(\s*`gradio_api\/deep_link\?session_hash=/;
// 5.x: `'/login/huggingface'`; 6.x: `'/login/huggingface?_target_url=/'`.
const loginJs = /['"]\/login\/huggingface[?'"]/;

/** The button a `js` listener was generated for, or `null` for any other code (the app's own). */
export function hubRoleOfJs(js: string): HubButtonRole | null {
  const duplicate = duplicateJs.exec(js);
  if (duplicate) return { tag: 'gr-duplicate-button', spaceId: duplicate[1] };
  if (deepLinkJs.test(js)) return { tag: 'gr-deep-link-button' };
  if (loginJs.test(js)) return { tag: 'gr-login-button' };
  return null;
}

/**
 * The Hugging Face buttons of an app, by component id: a button with `copied_value` is a DeepLinkButton, one
 * with `logout_value` a LoginButton (props only they have); a DuplicateButton is known by its listener.
 */
export function hubButtons(components: Iterable<ComponentConfig>, dependencies: readonly DependencyConfig[]): Map<number, HubButtonRole> {
  const roles = new Map<number, HubButtonRole>();
  const buttons = new Set<number>();
  for (const { id, type, props } of components) {
    if (type !== 'button') continue;
    buttons.add(id);
    if (typeof props.copied_value === 'string') roles.set(id, { tag: 'gr-deep-link-button' });
    else if (typeof props.logout_value === 'string') roles.set(id, { tag: 'gr-login-button' });
  }
  for (const dep of dependencies) {
    const role = typeof dep.js === 'string' ? hubRoleOfJs(dep.js) : null;
    if (!role) continue;
    for (const [id, event] of dep.targets ?? []) {
      if (event === 'click' && typeof id === 'number' && buttons.has(id) && !roles.has(id)) roles.set(id, role);
    }
  }
  return roles;
}

/** What the runtime knows that a Hugging Face button's element needs. */
export interface HubButtonContext {
  /** The app's root URL (the login button's OAuth routes are under it). */
  root: string;
  /** The page a deep link opens: the app's own page (the embedding page does not restore a deep link). */
  pageUrl: string;
  /** Saves the session's values on the server and gives the link key (the client's `deepLink`). */
  deepLink: () => Promise<string>;
}

/** The runtime's props of a Hugging Face button's element (its config props come as any element's). */
export function hubButtonProps(role: HubButtonRole, context: HubButtonContext): Record<string, unknown> {
  if (role.tag === 'gr-duplicate-button') return { spaceId: role.spaceId };
  if (role.tag === 'gr-login-button') return { root: context.root };
  return { deepLink: context.deepLink, pageUrl: context.pageUrl };
}
