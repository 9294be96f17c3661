import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

const pages = [
  { path: '', name: 'Home', inNavbar: true },
  { path: 'second', name: 'Second', inNavbar: true },
  { path: 'hidden', name: 'Hidden', inNavbar: false },
];

const navbar = (props: Record<string, unknown> = {}) => (
  <gr-navbar root="https://example.org/app/" pages={pages} currentPage="" {...props} />
);

describe('gr-navbar in Chromium', () => {
  it('has no axe violations (dark mode: the Storybook check of every story)', async () => {
    applyDefaultTheme();
    const { root } = await render(navbar({ value: [['Gradio', 'https://www.gradio.app']] }));
    expect(await axeViolations(root)).toEqual([]);
  });

  it('lists the pages shown in the bar, marks the current one, links each to root/path', async () => {
    const { root } = await render(navbar({ currentPage: 'second' }));
    const links = Array.from(root.querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).toEqual(['Home', 'Second']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/app/', 'https://example.org/app/second']);
    expect(links[1].getAttribute('aria-current')).toBe('page');
    expect(links[0].hasAttribute('aria-current')).toBe(false);
  });

  it('a click (and Enter from the keyboard) emits gr-navigate instead of leaving the page; the current page does not', async () => {
    const { root } = await render(navbar());
    const paths: string[] = [];
    root.addEventListener('gr-navigate', (event) => paths.push((event as CustomEvent).detail.path));
    const [home, second] = Array.from(root.querySelectorAll('a'));
    await userEvent.click(second);
    home.click();
    second.focus();
    expect(document.activeElement).toBe(second);
    await userEvent.keyboard('{Enter}');
    expect(paths).toEqual(['second', 'second']);
    expect(location.href).not.toContain('example.org');
  });

  it('main_page_name renames the home link; extra links open apart; unsafe URLs are not linked', async () => {
    const { root } = await render(
      navbar({
        mainPageName: 'Start',
        value: [
          ['Docs', 'https://example.org/docs'],
          ['Bad', 'javascript:alert(1)'],
        ],
      }),
    );
    expect(Array.from(root.querySelectorAll('a')).map((a) => a.textContent)).toEqual(['Start', 'Second', 'Docs']);
    const docs = root.querySelector('.extra a') as HTMLAnchorElement;
    expect(docs.target).toBe('_blank');
    expect(docs.rel).toBe('noopener noreferrer');
    expect(root.querySelector('.extra span')?.textContent).toBe('Bad');
  });

  it('visible=false hides the bar', async () => {
    const { root } = await render(navbar({ visible: false }));
    expect(getComputedStyle(root).display).toBe('none');
  });
});
