import { Component, Element, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { t } from '../../utils/i18n-more';
import { normalizeRoot } from '../../utils/hub-buttons';
import { safeMediaUrl } from '../../utils/media-url';

/** A page the bar links to (the runtime passes a multipage app's pages). */
export interface NavbarPage {
  /** Path below the app's root, no slashes; `""` is the home page. */
  path: string;
  name: string;
  /** Whether the bar lists it (`show_in_navbar`). */
  inNavbar?: boolean;
}

/** The detail of `gr-navigate`. */
export interface NavigateDetail {
  /** The page chosen. */
  path: string;
}

/**
 * Gradio's navigation bar of a multipage app (`gr.Navbar`, `Blocks.route`): a link per page, the current one
 * marked, then the app's extra links (`value`: `[name, url]` pairs).
 *
 * A page link has a real `href` (`root/path`), so it opens in a new tab as usual; a plain click emits
 * `gr-navigate` instead, and `<gradio-app>` switches pages inside the embed.
 *
 * @part nav - the `<nav>` landmark.
 */
@Component({ tag: 'gr-navbar', styleUrl: 'gr-navbar.css', scoped: true })
export class GrNavbar {
  @Element() el!: HTMLElement;

  /** The pages. */
  @Prop() pages: NavbarPage[] = [];
  /** The page shown now. */
  @Prop() currentPage: string = '';
  /** The home page's name in the bar (Gradio's `main_page_name`; `false` hides the home link). */
  @Prop() mainPageName: string | false | null = null;
  /** Extra links after the pages: `[name, url]` pairs (Gradio's `value`). Only http(s) URLs are linked. */
  @Prop() value: Array<[string, string]> | null = null;
  /** The app's root URL, for the pages' `href`s. */
  @Prop() root: string = '';
  /** Shown (`false` hides the bar). */
  @Prop() visible: boolean | 'hidden' = true;

  /** Fires when the user picks a page with a plain click (not to open it in a new tab). */
  @Event({ eventName: 'gr-navigate', bubbles: true, composed: true }) navigate!: EventEmitter<NavigateDetail>;

  private onClick(event: MouseEvent, path: string) {
    // A modified click (new tab, new window) keeps the link's own behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (path !== this.currentPage) this.navigate.emit({ path });
  }

  private pageName(page: NavbarPage): string | null {
    if (page.path !== '') return page.name;
    if (this.mainPageName === false) return null;
    return this.mainPageName || page.name;
  }

  render() {
    const shown = this.visible === true;
    // Only an http(s) root makes the pages' links (never a script URL); otherwise they are root-relative.
    const base = (normalizeRoot(this.root) ?? '').replace(/\/+$/, '');
    const pages = (Array.isArray(this.pages) ? this.pages : []).filter((page) => page.inNavbar !== false);
    const links = (Array.isArray(this.value) ? this.value : []).filter((link) => Array.isArray(link) && typeof link[0] === 'string');
    return (
      <Host class={{ hidden: !shown }}>
        <nav part="nav" aria-label={t('pages', this.el)}>
          <ul>
            {pages.map((page) => {
              const name = this.pageName(page);
              if (name === null) return null;
              const current = page.path === this.currentPage;
              return (
                <li key={`page:${page.path}`}>
                  <a
                    href={`${base}/${page.path}`}
                    class={{ current }}
                    aria-current={current ? 'page' : undefined}
                    onClick={(event) => this.onClick(event, page.path)}
                  >
                    {name}
                  </a>
                </li>
              );
            })}
            {links.map(([name, url]) => {
              const href = safeMediaUrl(url);
              const safe = href && /^https?:/i.test(href) ? href : undefined;
              return (
                <li key={`link:${name}`} class="extra">
                  {safe ? (
                    <a href={safe} target="_blank" rel="noopener noreferrer">
                      {name}
                    </a>
                  ) : (
                    <span>{name}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </nav>
      </Host>
    );
  }
}
