/**
 * What `<gradio-app>` shows besides the app itself: the loading state (with a Space's state while it wakes),
 * the error state, and the "hosted at" line under the app (the login form is an element, `<gr-app-login>`,
 * loaded only for an app that asks for one). Functional components, so the element keeps only its phases;
 * every word through the kit's translations (`t`, in the element's language).
 */
import { type FunctionalComponent, h } from '@stencil/core';
import type { SpaceStatus } from '../client/spaces';
import type { Config } from '../client/types';
import { type Page, navbarOf } from './pages';
import { type KitWord, t } from '../utils/i18n';
import { type ThemeHandle, type ThemeMode, scopeEmbedTheme } from '../themes/scope';

/**
 * The kit's own theme (Gradio's Default, light or dark as `mode` says) on `host` while `wanted()`, for the screens shown
 * before or without the server's theme (an app that cannot be loaded, a login form): otherwise they would
 * take the embedding page's inherited custom properties (`--body-text-color`...) and the browser's defaults.
 * The theme's code loads only then.
 */
export async function applyKitTheme(host: HTMLElement, mode: () => ThemeMode, wanted: () => boolean): Promise<ThemeHandle | null> {
  const { themes } = await import('../themes/builtins');
  // Another theme (the server's) may have come while the code loaded: it stays.
  return wanted() ? scopeEmbedTheme(host, themes.default, { mode: mode() }) : null;
}

/** The loading state: how much room to keep, and what a Space that is not running yet is doing. */
export const LoadingScreen: FunctionalComponent<{ host: Element; height: string; space: SpaceStatus | null }> = ({
  host,
  height,
  space,
}) => {
  const words: Partial<Record<string, KitWord>> = { sleeping: 'spaceSleeping', building: 'spaceBuilding', starting: 'spaceStarting' };
  const word = space ? words[space.state] : undefined;
  return (
    <div class="app-loading" style={{ minHeight: height }} role="status">
      {t(word ?? 'loading', host)}
    </div>
  );
};

/** The error state: the app could not be shown, and why. */
export const ErrorScreen: FunctionalComponent<{ host: Element; message: string }> = ({ host, message }) => (
  <div class="app-error" role="alert">
    <strong>{t('appNotLoaded', host)}</strong>
    <p>{message}</p>
  </div>
);

/** Where the app is hosted: its root URL, a Space's host named as the Space; `null` without a usable root. */
export function hostedAt(config: Config | undefined): { href: string; label: string } | null {
  const root = config?.root;
  if (!root) return null;
  const space = config?.space_id;
  try {
    return { href: root, label: typeof space === 'string' && space ? space : new URL(root).host };
  } catch {
    return null;
  }
}

/** The line under the app that tells where it is hosted. */
export const HostedAt: FunctionalComponent<{ host: Element; config: Config | undefined }> = ({ host, config }) => {
  const where = hostedAt(config);
  if (!where) return null;
  return (
    <footer class="embed-info">
      {t('hostedAt', host)}{' '}
      <a href={where.href} target="_blank" rel="noopener noreferrer">
        {where.label}
      </a>{' '}
      · {t('builtWith', host)}
    </footer>
  );
};

/**
 * The bar of a multipage app (or of an app with a `gr.Navbar`, whose props configure it: `navbarProps`), above
 * the page; nothing for a single page without one.
 */
export const PageBar: FunctionalComponent<{
  config: Config;
  pages: Page[];
  currentPage: string;
  navbarProps: (id: number) => Record<string, unknown> | undefined;
  onNavigate: (path: string) => void;
}> = ({ config, pages, currentPage, navbarProps, onNavigate }) => {
  const navbar = navbarOf(config);
  if (pages.length < 2 && !navbar) return null;
  const props = navbar ? (navbarProps(navbar.id) ?? {}) : {};
  if (props.visible === false) return null;
  return (
    <gr-navbar
      pages={pages}
      currentPage={currentPage}
      root={config.root}
      mainPageName={(props.mainPageName as string | false | undefined) ?? null}
      value={(props.value as Array<[string, string]> | undefined) ?? null}
      onGr-navigate={(event: CustomEvent<{ path: string }>) => onNavigate(event.detail.path)}
    />
  );
};
