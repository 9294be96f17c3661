/**
 * Multipage apps (`Blocks.route`, `gr.Navbar`; spec protocol.md §1.6, §2.4): which pages an app has, which
 * one to show first, and what each page holds. `/config` describes every page; the embed shows one at a time
 * and switches between them inside the element, without reloading the host page.
 */
import type { ComponentConfig, Config, DependencyConfig } from '../client/types';
import type { LayoutEntry } from './render';

/** One page of an app. */
export interface Page {
  /** Its path below the app's root, without slashes (`""` is the home page). */
  path: string;
  /** The name the navigation bar shows. */
  name: string;
  /** Whether the navigation bar lists it. */
  inNavbar: boolean;
}

interface PageEntry {
  layout: LayoutEntry;
  components?: number[];
  dependencies?: number[];
}

/** The pages of an app: one home page for apps with no routes (Gradio 5, or 6 without `route`). */
export function pagesOf(config: Config): Page[] {
  const raw = (config as { pages?: unknown }).pages;
  const pages: Page[] = [];
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
      pages.push({ path: entry[0], name: typeof entry[1] === 'string' ? entry[1] : entry[0], inNavbar: entry[2] !== false });
    }
  }
  if (!pages.some((page) => page.path === '')) pages.unshift({ path: '', name: 'Home', inNavbar: true });
  return pages;
}

/** Trims slashes: `/second/` and `second` name the same page. */
const clean = (path: string) => path.replace(/^\/+|\/+$/g, '');

/**
 * The page to show first: the one the embed's `page` attribute names, else the one the `src` URL's path
 * names below the app's root (`https://host/app/second` shows `second`), else the home page. The host
 * page's own URL is never used (an embed on another origin has nothing to do with it).
 */
export function initialPage(config: Config, pages: readonly Page[], requested: string | null, src: string | null): string {
  const known = (path: string) => pages.some((page) => page.path === path);
  if (requested !== null && known(clean(requested))) return clean(requested);
  if (src) {
    try {
      const url = new URL(src);
      const root = new URL(config.root.endsWith('/') ? config.root : `${config.root}/`);
      if (url.origin === root.origin && url.pathname.startsWith(root.pathname)) {
        const path = clean(url.pathname.slice(root.pathname.length));
        if (known(path)) return path;
      }
    } catch {
      // Not a URL (a Space id): the home page.
    }
  }
  return '';
}

/** What one page shows and runs: its layout, and the listeners created on it (all of them without pages). */
export function pageContent(config: Config, path: string): { layout: unknown; dependencies: DependencyConfig[] } {
  const pages = (config as { page?: Record<string, PageEntry> }).page;
  const entry = pages?.[path] ?? pages?.[''];
  if (!entry || typeof entry.layout?.id !== 'number') return { layout: config.layout, dependencies: config.dependencies };
  const ids = new Set(entry.dependencies ?? []);
  return {
    layout: entry.layout,
    dependencies: Array.isArray(entry.dependencies) ? config.dependencies.filter((dep) => ids.has(dep.id)) : config.dependencies,
  };
}

/** The app's `gr.Navbar` component, if it has one (it configures the bar rather than sitting in the layout). */
export function navbarOf(config: Config): ComponentConfig | undefined {
  return config.components.find((component) => component.type === 'navbar');
}
