import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyTheme } from '../../themes/apply';

describe('gr-app-settings in Chromium', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`has no axe violations (${mode})`, async () => {
      const { root } = await render(
        <div>
          <gr-app-settings closable themeMode={mode} locale="de" />
        </div>,
      );
      const theme = applyTheme(root, 'default', { mode });
      try {
        expect(await axeViolations(root)).toEqual([]);
      } finally {
        theme.remove();
      }
    });
  }

  it('keyboard: arrows pick a theme mode, the language select follows the keyboard', async () => {
    const { root } = await render(<gr-app-settings themeMode="light" locales={['en', 'fr']} />);
    const modes: string[] = [];
    const locales: unknown[] = [];
    root.addEventListener('gr-theme-change', (event) => modes.push((event as CustomEvent).detail.mode));
    root.addEventListener('gr-locale-change', (event) => locales.push((event as CustomEvent).detail.locale));
    await userEvent.tab();
    expect((document.activeElement as HTMLInputElement).value).toBe('light');
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(modes).toEqual(['dark']));
    await userEvent.tab();
    expect(document.activeElement?.tagName).toBe('SELECT');
    await userEvent.selectOptions(document.activeElement as HTMLSelectElement, 'fr');
    await vi.waitFor(() => expect(locales).toEqual(['fr']));
    expect((root.querySelector('select') as HTMLSelectElement).value).toBe('fr');
  });
});
